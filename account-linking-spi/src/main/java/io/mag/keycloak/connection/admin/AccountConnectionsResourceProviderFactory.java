package io.mag.keycloak.connection.admin;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/** Admin REST for account connections; the id is the path segment under {@code /admin/realms/{realm}/}. */
public final class AccountConnectionsResourceProviderFactory implements AdminRealmResourceProviderFactory {

    public static final String PROVIDER_ID = "mag-account-connections";

    private static final AdminRealmResourceProvider PROVIDER = new AccountConnectionsResourceProvider();

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
