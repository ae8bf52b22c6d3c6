package io.mag.keycloak.access.enforcement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.TokenExchangeContext;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenExchangeRequestContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

import io.mag.keycloak.common.ClientPolicySubjects;

/**
 * Refuses every token, user-info answer and CIBA request of a partner application for a user
 * without access to it ({@link ApplicationAccessDecision}), whatever flow signed the user in: the
 * point no flow binding can skip, and the one that makes ended access stop the next refresh. A
 * token exchange is checked for the requesting client and for each audience it asks for.
 *
 * <p>Keycloak turns the exception into the endpoint's OAuth error ({@code invalid_grant}) and
 * records the request's error event with it.
 */
final class ApplicationAccessExecutor implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    private static final Logger LOG = Logger.getLogger(ApplicationAccessExecutor.class);

    /** The error description, the same words as the sign-in refusal's event error. */
    static final String DESCRIPTION = "application_access_denied";

    /** One check per grant, at the event that carries the user (as the connected-child executor). */
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

    ApplicationAccessExecutor(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return ApplicationAccessExecutorFactory.PROVIDER_ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null || !CHECKED.contains(context.getEvent())) {
            return;
        }
        List<ClientModel> clients = clients(realm, context);
        if (clients.isEmpty()) {
            return;
        }
        ApplicationAccessDecision decision = new ApplicationAccessDecision(session, realm);
        for (UserModel user : ClientPolicySubjects.of(session, realm, context)) {
            for (ClientModel client : clients) {
                if (!decision.decide(user, client).allowed()) {
                    LOG.debugf("%s of %s for user %s refused", context.getEvent(), client.getClientId(), user.getId());
                    throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, DESCRIPTION);
                }
            }
        }
    }

    /** The client the tokens are for, and for a token exchange also the audiences it asks for. */
    private List<ClientModel> clients(RealmModel realm, ClientPolicyContext context) {
        List<ClientModel> clients = new ArrayList<>();
        clients.add(session.getContext().getClient());
        if (context instanceof TokenExchangeRequestContext exchange && exchange.getTokenExchangeContext() != null) {
            TokenExchangeContext.Params params = exchange.getTokenExchangeContext().getParams();
            if (params != null && params.getAudience() != null) {
                params.getAudience().forEach(audience -> clients.add(realm.getClientByClientId(audience)));
            }
        }
        return clients.stream().filter(Objects::nonNull).distinct().toList();
    }
}
