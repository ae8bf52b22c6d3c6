package io.mag.keycloak.connection.policy;

import java.util.EnumSet;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

import io.mag.keycloak.common.ClientPolicySubjects;
import io.mag.keycloak.connection.AccountConnectionProvider;

/**
 * Refuses every token, user-info answer and CIBA request for a connected child account, whatever
 * flow signed it in: the realm's own, one a client or identity provider is bound to, first or
 * post broker login, device grant, CIBA, token exchange, refresh of a token issued before. The
 * sign-in pages refuse a child earlier with a page of their own; this is the point that no flow
 * binding can skip, because every OpenID Connect grant passes through the client policies.
 *
 * <p>Keycloak turns the exception into the endpoint's OAuth error ({@code invalid_grant} at the
 * token endpoint) and records the request's error event with it.
 */
final class ConnectedChildRefusalExecutor implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    private static final Logger LOG = Logger.getLogger(ConnectedChildRefusalExecutor.class);

    /** The error description, the same words as the event error of the sign-in pages. */
    static final String DESCRIPTION = "user_connected_to_parent";

    /**
     * One check per grant: the request event where it carries the user, else the response event
     * (password, device, CIBA, refresh, implicit). Service-account grants are left out: a
     * service-account user is never a child (rule mag-not-service-account).
     */
    private static final Set<ClientPolicyEvent> CHECKED = EnumSet.of(
            ClientPolicyEvent.TOKEN_REQUEST,
            ClientPolicyEvent.IMPLICIT_HYBRID_TOKEN_RESPONSE,
            ClientPolicyEvent.TOKEN_REFRESH_RESPONSE,
            ClientPolicyEvent.RESOURCE_OWNER_PASSWORD_CREDENTIALS_RESPONSE,
            ClientPolicyEvent.DEVICE_TOKEN_RESPONSE,
            ClientPolicyEvent.BACKCHANNEL_AUTHENTICATION_REQUEST,
            ClientPolicyEvent.BACKCHANNEL_TOKEN_RESPONSE,
            ClientPolicyEvent.TOKEN_EXCHANGE_REQUEST,
            ClientPolicyEvent.JWT_AUTHORIZATION_GRANT,
            ClientPolicyEvent.USERINFO_REQUEST);

    private final KeycloakSession session;

    ConnectedChildRefusalExecutor(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return ConnectedChildRefusalExecutorFactory.PROVIDER_ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null || !CHECKED.contains(context.getEvent())) {
            return;
        }
        AccountConnectionProvider connections = session.getProvider(AccountConnectionProvider.class);
        for (UserModel user : ClientPolicySubjects.of(session, realm, context)) {
            if (connections.findByChild(realm, user.getId()).isPresent()) {
                LOG.debugf("%s for connected child %s refused", context.getEvent(), user.getId());
                throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, DESCRIPTION);
            }
        }
    }
}
