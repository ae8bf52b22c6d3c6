package io.mag.keycloak.orgadmin.rest;

import io.mag.keycloak.common.RealmResourceFactory;

/** {@code /realms/{realm}/mag-organization}: organization administration, with a member's bearer token. */
public final class OrganizationApiProviderFactory extends RealmResourceFactory {

    public static final String PROVIDER_ID = "mag-organization";

    public OrganizationApiProviderFactory() {
        super(PROVIDER_ID, OrganizationApi::new);
    }
}
