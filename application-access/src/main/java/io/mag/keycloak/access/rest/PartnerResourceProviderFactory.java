package io.mag.keycloak.access.rest;

import io.mag.keycloak.common.RealmResourceFactory;

/** {@code /realms/{realm}/mag-partner}: the partner's subscriptions, with a Service Provider Administrator's bearer token. */
public final class PartnerResourceProviderFactory extends RealmResourceFactory {

    public static final String PROVIDER_ID = "mag-partner";

    public PartnerResourceProviderFactory() {
        super(PROVIDER_ID, PartnerResource::new);
    }
}
