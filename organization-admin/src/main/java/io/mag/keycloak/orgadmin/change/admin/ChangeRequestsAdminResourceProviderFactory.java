package io.mag.keycloak.orgadmin.change.admin;

import io.mag.keycloak.common.AdminResourceFactory;

/** Admin REST of change requests; the id is the path segment under {@code /admin/realms/{realm}/}. */
public final class ChangeRequestsAdminResourceProviderFactory extends AdminResourceFactory {

    public static final String PROVIDER_ID = "mag-change-requests";

    public ChangeRequestsAdminResourceProviderFactory() {
        super(PROVIDER_ID, ChangeRequestsAdminResource::new);
    }
}
