package io.mag.keycloak.connection.admin;

import io.mag.keycloak.common.AdminResourceFactory;

/** Admin REST for account connections; the id is the path segment under {@code /admin/realms/{realm}/}. */
public final class AccountConnectionsResourceProviderFactory extends AdminResourceFactory {

    public static final String PROVIDER_ID = "mag-account-connections";

    public AccountConnectionsResourceProviderFactory() {
        super(PROVIDER_ID, AccountConnectionsResource::new);
    }
}
