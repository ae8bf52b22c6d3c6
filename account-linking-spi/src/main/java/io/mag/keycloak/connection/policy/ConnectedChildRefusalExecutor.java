package io.mag.keycloak.connection.policy;

import java.util.function.Predicate;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.clientpolicy.ClientPolicyContext;

import io.mag.keycloak.common.UserRefusalExecutor;
import io.mag.keycloak.connection.cache.ConnectedParentId;

/**
 * Refuses every token, user-info answer and CIBA request for a connected child account, whatever
 * flow signed it in: the realm's own, one a client or identity provider is bound to, first or
 * post broker login, device grant, CIBA, token exchange, refresh of a token issued before. The
 * sign-in pages refuse a child earlier with a page of their own. Service-account grants are not
 * checked: a service-account user is never a child (rule mag-not-service-account).
 */
final class ConnectedChildRefusalExecutor extends UserRefusalExecutor {

    /** The error description, the same words as the event error of the sign-in pages. */
    static final String DESCRIPTION = "user_connected_to_parent";

    ConnectedChildRefusalExecutor(KeycloakSession session) {
        super(session, ConnectedChildRefusalExecutorFactory.PROVIDER_ID, DESCRIPTION);
    }

    @Override
    protected Predicate<UserModel> refusal(RealmModel realm, ClientPolicyContext context) {
        // Through the user cache: this runs for every token of every user, and nearly all are no child.
        return user -> ConnectedParentId.of(session, realm, user.getId()).isPresent();
    }
}
