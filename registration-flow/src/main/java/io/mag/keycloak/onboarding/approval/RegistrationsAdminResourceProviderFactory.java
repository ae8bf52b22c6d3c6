package io.mag.keycloak.onboarding.approval;

import io.mag.keycloak.common.AdminResourceFactory;

/** Admin REST of registrations; the id is the path segment under {@code /admin/realms/{realm}/}. */
public final class RegistrationsAdminResourceProviderFactory extends AdminResourceFactory {

    public static final String PROVIDER_ID = "mag-registrations";

    public RegistrationsAdminResourceProviderFactory() {
        super(PROVIDER_ID, RegistrationsAdminResource::new);
    }
}
