package io.mag.keycloak.stepup;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jboss.logging.Logger;
import org.keycloak.OAuthErrorException;
import org.keycloak.authentication.authenticators.util.LoAUtil;
import org.keycloak.common.util.Time;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.utils.AuthenticationFlowResolver;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.protocol.oidc.endpoints.request.AuthorizationEndpointRequest;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.AuthorizationRequestContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;
import org.keycloak.util.TokenUtil;

import com.fasterxml.jackson.core.type.TypeReference;

import io.mag.keycloak.common.OtpLevel;

/**
 * Answers {@code interaction_required} (OpenID Connect Core 3.1.2.6) to a {@code prompt=none}
 * request when the user is signed in, but at a level of authentication below the one the request
 * needs. Keycloak itself answers {@code login_required} to any challenge under {@code prompt=none}
 * (AuthorizationEndpointBase), and a response an authenticator throws from inside the
 * ALTERNATIVE forms subflow becomes Keycloak's generic error page; a client policy executor runs
 * in the authorization endpoint before the flow, and Keycloak redirects a ClientPolicyException
 * raised there to the client with {@code error} = its error (AuthorizationEndpoint#process).
 *
 * <p>Requested and reached levels are computed the way Keycloak computes them for the flow
 * (AuthorizationEndpoint#updateAuthenticationSession, CookieAuthenticator, AcrStore), without
 * touching the authentication session. Whenever the answer would not be interaction_required
 * (no prompt=none, no session, nothing requested, a level-1 sign-in needed again, an invalid
 * essential acr), Keycloak answers as it always does.
 */
final class PassiveStepUpExecutor implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    private static final Logger LOG = Logger.getLogger(PassiveStepUpExecutor.class);
    private static final TypeReference<Map<Integer, Integer>> LOA_MAP = new TypeReference<>() {
    };

    private final KeycloakSession session;

    PassiveStepUpExecutor(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return PassiveStepUpExecutorFactory.PROVIDER_ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        if (context.getEvent() != ClientPolicyEvent.AUTHORIZATION_REQUEST) {
            return;
        }
        AuthorizationRequestContext authorization = (AuthorizationRequestContext) context;
        AuthorizationEndpointRequest request = authorization.getAuthorizationEndpointRequest();
        if (!TokenUtil.hasPrompt(request.getPrompt(), OIDCLoginProtocol.PROMPT_VALUE_NONE)) {
            return;
        }
        AuthenticationSessionModel authSession = authorization.getAuthenticationSession();
        OptionalInt requested = requestedLevel(request, authSession.getClient());
        if (requested.isEmpty() || requested.getAsInt() <= Constants.MINIMUM_LOA) {
            return;
        }
        RealmModel realm = authSession.getRealm();
        AuthenticationManager.AuthResult signedIn = AuthenticationManager.authenticateIdentityCookie(session, realm, true);
        if (signedIn == null || signedIn.session() == null || authTimeExpired(signedIn.session(), request)) {
            return;
        }
        String flowId = AuthenticationFlowResolver.resolveBrowserFlow(authSession).getId();
        int reached = reachedLevel(signedIn.session(), realm, flowId);
        // Below level 1 the user has to sign in again: that is Keycloak's login_required.
        if (reached >= 1 && reached < requested.getAsInt()) {
            LOG.debugf("prompt=none for client %s needs level %d, session %s is at %d: interaction_required",
                    authSession.getClient().getClientId(), requested.getAsInt(), signedIn.session().getId(), reached);
            throw new ClientPolicyException(OAuthErrorException.INTERACTION_REQUIRED,
                    "A higher level of authentication is required");
        }
    }

    /**
     * The level the flow will ask for, as AuthorizationEndpoint#updateAuthenticationSession sets
     * it: the lowest of the essential acr claim values, else of acr_values / the claims acr / the
     * client's default acr values, raised to the client's minimum acr; through the acr-to-LoA map.
     * Empty when Keycloak will refuse the request itself (essential acr below the minimum or unknown).
     */
    private static OptionalInt requestedLevel(AuthorizationEndpointRequest request, ClientModel client) {
        List<String> acrValues = AcrUtils.getRequiredAcrValues(request.getClaims());
        boolean essential = !acrValues.isEmpty();
        if (essential) {
            if (!AcrUtils.enforceMinimumAcr(acrValues, client).equals(acrValues)) {
                return OptionalInt.empty();
            }
        } else {
            acrValues = AcrUtils.getAcrValues(request.getClaims(), request.getAcr(), client);
        }
        return lowestLevel(acrValues, AcrUtils.getAcrLoaMap(client), essential);
    }

    /**
     * The lowest level among the acr values, through the acr-to-LoA map. An unknown value counts
     * as the minimum level, or, among essential values, makes the request one that Keycloak
     * refuses itself (empty). Empty too when there are no values.
     */
    static OptionalInt lowestLevel(List<String> acrValues, Map<String, Integer> acrToLoa, boolean essential) {
        int lowest = Integer.MAX_VALUE;
        for (String acr : acrValues) {
            Integer loa = OtpLevel.levelOf(acr, acrToLoa);
            if (loa == null) {
                if (essential) {
                    return OptionalInt.empty();
                }
                loa = Constants.MINIMUM_LOA;
            }
            lowest = Math.min(lowest, loa);
        }
        return lowest == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(lowest);
    }

    /**
     * The highest level of the user session still within its max age, as
     * AcrStore#getHighestAuthenticatedLevelFromPreviousAuthentication computes it for the cookie
     * sign-in, from the session's LoA map note and the max ages of the flow's LoA conditions.
     */
    private static int reachedLevel(UserSessionModel userSession, RealmModel realm, String flowId) {
        String note = userSession.getNote(Constants.LOA_MAP);
        if (note == null) {
            return Constants.NO_LOA;
        }
        SortedMap<Integer, Integer> levels;
        try {
            levels = new TreeMap<>(JsonSerialization.readValue(note, LOA_MAP));
        } catch (IOException e) {
            LOG.warnf("Unreadable LoA map in user session %s: left to Keycloak", userSession.getId());
            return Constants.NO_LOA;
        }
        return highestLevelWithinMaxAge(levels, LoAUtil.getLoaMaxAgesConfiguredInRealmFlow(realm, flowId), Time.currentTime());
    }

    /**
     * Climbing from the lowest level reached, the last one still within its max age (max age 0
     * where the flow configures none); at least the minimum level.
     *
     * @param levels when each level was reached (seconds), ordered by level
     */
    static int highestLevelWithinMaxAge(SortedMap<Integer, Integer> levels, Map<Integer, Integer> maxAges, int now) {
        int reached = Constants.MINIMUM_LOA;
        for (Map.Entry<Integer, Integer> level : levels.entrySet()) {
            if (now <= level.getValue() + maxAges.getOrDefault(level.getKey(), 0)) {
                reached = level.getKey();
            } else {
                break;
            }
        }
        return reached;
    }

    /** max_age passed: Keycloak asks for a new sign-in, which under prompt=none is login_required. */
    private static boolean authTimeExpired(UserSessionModel userSession, AuthorizationEndpointRequest request) {
        if (request.getMaxAge() == null) {
            return false;
        }
        String authTime = userSession.getNote(AuthenticationManager.AUTH_TIME);
        int authenticatedAt = authTime == null ? 0 : Integer.parseInt(authTime);
        return authenticatedAt + request.getMaxAge() < Time.currentTime();
    }
}
