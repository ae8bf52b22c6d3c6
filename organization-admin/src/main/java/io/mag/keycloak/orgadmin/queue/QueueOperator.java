package io.mag.keycloak.orgadmin.queue;

import java.util.Optional;

import org.keycloak.common.util.Encode;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

/**
 * The admin who saves a queue item. Keycloak's component endpoint has already checked
 * {@code manage-realm}; deciding a request also needs what its admin REST needs: the right to
 * manage users (a registration's approval enables users and grants roles, a change request's
 * changes users or organizations). Read from the request's bearer token, which Keycloak's admin
 * root authenticated and put into the context.
 */
final class QueueOperator {

    private QueueOperator() {
    }

    /**
     * The admin, if the request's token is an admin's who may manage the realm's users: as
     * Keycloak's admin root authenticates one (their realm, token, user and client), so that the
     * decision's admin event names them as Keycloak's own admin events do.
     */
    static Optional<AdminAuth> mayDecide(KeycloakSession session, RealmModel realm) {
        if (!(session.getContext().getBearerToken() instanceof AccessToken token) || token.getIssuer() == null) {
            return Optional.empty();
        }
        String issuer = token.getIssuer();
        RealmModel adminsRealm = session.realms().getRealmByName(Encode.decodePath(issuer.substring(issuer.lastIndexOf('/') + 1)));
        UserModel admin = adminsRealm == null ? null : admin(session, adminsRealm, token);
        if (admin == null) {
            return Optional.empty();
        }
        if (!AdminPermissions.evaluator(session, realm, adminsRealm, admin).users().canManage()) {
            return Optional.empty();
        }
        ClientModel client = token.getIssuedFor() == null ? null : adminsRealm.getClientByClientId(token.getIssuedFor());
        return Optional.of(new AdminAuth(adminsRealm, token, admin, client));
    }

    /**
     * The token's user: by its {@code sub}, or, for a token without one (a client without
     * Keycloak's {@code basic} scope, such as the realm file's admin-cli), by its user session, as
     * Keycloak's bearer-token authentication finds it.
     */
    private static UserModel admin(KeycloakSession session, RealmModel adminsRealm, AccessToken token) {
        if (token.getSubject() != null) {
            return session.users().getUserById(adminsRealm, token.getSubject());
        }
        UserSessionModel userSession = token.getSessionId() == null ? null
                : session.sessions().getUserSession(adminsRealm, token.getSessionId());
        return userSession == null ? null : userSession.getUser();
    }
}
