package io.mag.keycloak.connection.admin;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Hands Keycloak the connections resource for {@code /admin/realms/{realm}/mag-account-connections}. */
final class AccountConnectionsResourceProvider implements AdminRealmResourceProvider {

    @Override
    public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        return new AccountConnectionsResource(session, realm, auth, adminEvent);
    }

    @Override
    public void close() {
    }
}
