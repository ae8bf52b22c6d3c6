package io.mag.keycloak.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.keycloak.OAuth2Constants;
import org.keycloak.TokenVerifier;
import org.keycloak.common.VerificationException;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.TokenExchangeContext;
import org.keycloak.protocol.oidc.grants.ciba.clientpolicy.context.BackchannelAuthenticationRequestContext;
import org.keycloak.protocol.oidc.grants.ciba.clientpolicy.context.BackchannelTokenResponseContext;
import org.keycloak.protocol.oidc.grants.device.clientpolicy.context.DeviceTokenResponseContext;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.context.ClientPolicyClientSessionContext;
import org.keycloak.services.clientpolicy.context.ImplicitHybridTokenResponse;
import org.keycloak.services.clientpolicy.context.JWTAuthorizationGrantContext;
import org.keycloak.services.clientpolicy.context.ResourceOwnerPasswordCredentialsResponseContext;
import org.keycloak.services.clientpolicy.context.TokenExchangeRequestContext;

/**
 * The users a client-policy event would issue tokens (or user info, or a CIBA request) for, read
 * from what Keycloak hands the executor: the client session of a code, refresh, user-info,
 * device, CIBA or password grant; the user of a CIBA authentication request; the subject (and a
 * requested subject) of a token exchange; the account linked to the issuer's subject of a JWT
 * authorization grant. Events that carry no user yet (authorization request, refresh request
 * before its token is read) give none; their response events carry one. Shared by the client-policy
 * executors that refuse users (connected children, application access).
 */
public final class ClientPolicySubjects {

    private ClientPolicySubjects() {
    }

    public static List<UserModel> of(KeycloakSession session, RealmModel realm, ClientPolicyContext context) {
        List<UserModel> users = new ArrayList<>();
        if (context instanceof ClientPolicyClientSessionContext withClientSession) {
            users.add(userOf(withClientSession.getClientSession()));
        } else if (context instanceof DeviceTokenResponseContext device) {
            users.add(userOf(device.getClientSession()));
        } else if (context instanceof ImplicitHybridTokenResponse implicit) {
            users.add(userOf(implicit.getClientSessionContext()));
        } else if (context instanceof ResourceOwnerPasswordCredentialsResponseContext password) {
            users.add(userOf(password.getClientSessionContext()));
        } else if (context instanceof BackchannelTokenResponseContext ciba) {
            users.add(userOf(ciba.getClientSessionContext()));
        } else if (context instanceof BackchannelAuthenticationRequestContext ciba && ciba.getParsedRequest() != null) {
            users.add(ciba.getParsedRequest().getUser());
        } else if (context instanceof TokenExchangeRequestContext exchange) {
            users.addAll(exchangeSubjects(session, realm, exchange.getTokenExchangeContext()));
        } else if (context instanceof JWTAuthorizationGrantContext grant) {
            users.add(linkedAccount(session, realm, grant.getIdentityProviderAlias(),
                    grant.getAuthorizationGrantContext() == null ? null : grant.getAuthorizationGrantContext().getSubject()));
        }
        return users.stream().filter(Objects::nonNull).toList();
    }

    private static UserModel userOf(ClientSessionContext context) {
        return context == null ? null : userOf(context.getClientSession());
    }

    private static UserModel userOf(AuthenticatedClientSessionModel clientSession) {
        if (clientSession == null) {
            return null;
        }
        UserSessionModel userSession = clientSession.getUserSession();
        return userSession == null ? null : userSession.getUser();
    }

    /**
     * The subject of the token to exchange (when it is one of this realm's: no subject_issuer) and
     * the requested_subject of a legacy impersonation. The subject token is only read here, not
     * trusted: it can lead to a refusal, never to a grant, and Keycloak verifies it afterwards.
     */
    private static List<UserModel> exchangeSubjects(KeycloakSession session, RealmModel realm, TokenExchangeContext exchange) {
        List<UserModel> users = new ArrayList<>();
        if (exchange == null) {
            return users;
        }
        TokenExchangeContext.Params params = exchange.getParams();
        if (params != null && params.getSubjectToken() != null && params.getSubjectIssuer() == null) {
            try {
                String subject = TokenVerifier.create(params.getSubjectToken(), JsonWebToken.class).getToken().getSubject();
                if (subject != null) {
                    users.add(session.users().getUserById(realm, subject));
                }
            } catch (VerificationException e) {
                // Not a JWT: Keycloak refuses it itself.
            }
        }
        String requested = exchange.getFormParams() == null ? null : exchange.getFormParams().getFirst(OAuth2Constants.REQUESTED_SUBJECT);
        if (requested != null) {
            UserModel user = session.users().getUserById(realm, requested);
            users.add(user != null ? user : session.users().getUserByUsername(realm, requested));
        }
        return users;
    }

    private static UserModel linkedAccount(KeycloakSession session, RealmModel realm, String alias, String subject) {
        if (alias == null || subject == null) {
            return null;
        }
        return session.users().getUserByFederatedIdentity(realm, new FederatedIdentityModel(alias, subject, null));
    }
}
