package io.mag.keycloak.access.rest;

import io.mag.keycloak.common.RealmResourceFactory;

/** {@code /realms/{realm}/mag-applications}: access requests and the Application Administrators' queue, with the user's bearer token. */
public final class ApplicationsResourceProviderFactory extends RealmResourceFactory {

    public static final String PROVIDER_ID = "mag-applications";

    public ApplicationsResourceProviderFactory() {
        super(PROVIDER_ID, ApplicationsResource::new);
    }
}
