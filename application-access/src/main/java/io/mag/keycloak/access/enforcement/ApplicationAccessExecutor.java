package io.mag.keycloak.access.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.TokenExchangeContext;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.context.TokenExchangeRequestContext;

import io.mag.keycloak.common.UserRefusalExecutor;

/**
 * Refuses every token, user-info answer and CIBA request of a partner application for a user
 * without access to it ({@link ApplicationAccessDecision}), whatever flow signed the user in: the
 * point no flow binding can skip, and the one that makes ended access stop the next refresh. A
 * token exchange is checked for the requesting client and for each audience it asks for.
 */
final class ApplicationAccessExecutor extends UserRefusalExecutor {

    private static final Logger LOG = Logger.getLogger(ApplicationAccessExecutor.class);

    /** The error description, the same words as the sign-in refusal's event error. */
    static final String DESCRIPTION = "application_access_denied";

    ApplicationAccessExecutor(KeycloakSession session) {
        super(session, ApplicationAccessExecutorFactory.PROVIDER_ID, DESCRIPTION);
    }

    @Override
    protected Predicate<UserModel> refusal(RealmModel realm, ClientPolicyContext context) {
        List<ClientModel> clients = clients(realm, context);
        if (clients.isEmpty()) {
            return null;
        }
        ApplicationAccessDecision decision = new ApplicationAccessDecision(session, realm);
        return user -> clients.stream().anyMatch(client -> {
            boolean refused = !decision.decide(user, client).allowed();
            if (refused) {
                LOG.debugf("%s of %s for user %s refused", context.getEvent(), client.getClientId(), user.getId());
            }
            return refused;
        });
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
