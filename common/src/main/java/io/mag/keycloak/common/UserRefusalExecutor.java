package io.mag.keycloak.common;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

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

/**
 * A client-policy executor that refuses tokens, user-info answers and CIBA requests for some
 * users, whatever flow signed them in: the point that no flow binding can skip, because every
 * OpenID Connect grant passes through the client policies. Each grant is checked once, for the
 * users it is about ({@link ClientPolicySubjects}); subclasses say which users they refuse.
 *
 * <p>Keycloak turns the exception into the endpoint's OAuth error ({@code invalid_grant} at the
 * token endpoint) and records the request's error event with it.
 */
public abstract class UserRefusalExecutor implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    private static final Logger LOG = Logger.getLogger(UserRefusalExecutor.class);

    /**
     * One check per grant: the request event where it carries the user, else the response event
     * (password, device, CIBA, refresh, implicit). Service-account grants are left out: their user
     * is the client's own, not a person signing in.
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

    protected final KeycloakSession session;
    private final String providerId;
    private final String description;

    /** {@code description}: the OAuth error description, the same words as the refusal's event error. */
    protected UserRefusalExecutor(KeycloakSession session, String providerId, String description) {
        this.session = session;
        this.providerId = providerId;
        this.description = description;
    }

    @Override
    public final String getProviderId() {
        return providerId;
    }

    @Override
    public final void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        RealmModel realm = session.getContext().getRealm();
        if (realm == null || !CHECKED.contains(context.getEvent())) {
            return;
        }
        Predicate<UserModel> refused = refusal(realm, context);
        if (refused == null) {
            return;
        }
        for (UserModel user : ClientPolicySubjects.of(session, realm, context)) {
            if (refused.test(user)) {
                LOG.debugf("%s for user %s refused by %s", context.getEvent(), user.getId(), providerId);
                throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, description);
            }
        }
    }

    /** The users this grant is refused for, or null when the grant concerns nothing this executor checks. */
    protected abstract Predicate<UserModel> refusal(RealmModel realm, ClientPolicyContext context);
}
