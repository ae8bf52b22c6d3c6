package io.mag.keycloak.common;

import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Who calls one of the gateway's end-user REST APIs: the bearer of an access token
 * ({@code Authorization: Bearer}) that Keycloak's {@link AppAuthManager.BearerTokenAuthenticator}
 * accepts (signature, expiry, active session, enabled user) and whose audience is the API. A token
 * that is merely valid for the realm is not enough: a token issued to any client of the realm (a
 * partner application, admin-cli) would otherwise act for its user. Accepted are tokens whose
 * audience names the API's own client (which every flow has off; clients get the audience through
 * the client scope of the same name, with Keycloak's audience mapper), and tokens the account
 * console obtained for its signed-in user ({@code azp} = {@code account-console}), since the
 * console's pages call these APIs.
 */
public final class ApiBearerToken {

    /** The invitations API ({@code /realms/{realm}/mag-invitations}). */
    public static final ApiBearerToken INVITATIONS = new ApiBearerToken("mag-invitations");
    /** Organization administration ({@code /realms/{realm}/mag-organization}). */
    public static final ApiBearerToken ORGANIZATION = new ApiBearerToken("mag-organization");
    /** Application access ({@code /realms/{realm}/mag-applications}). */
    public static final ApiBearerToken APPLICATIONS = new ApiBearerToken("mag-applications");
    /** The partner's tools ({@code /realms/{realm}/mag-partner}). */
    public static final ApiBearerToken PARTNER = new ApiBearerToken("mag-partner");

    /** Refusal code ({@code mag_refusal}) of a valid token issued for another audience. */
    public static final String WRONG_AUDIENCE = "wrong_audience";

    /** Login-theme message of a wrong audience; its parameter is {@link #audience()}. */
    public static final String WRONG_AUDIENCE_MESSAGE = "magWrongAudience";

    /** How a request's bearer token fared. */
    public enum Outcome {
        /** Accepted: {@link Caller#user()} is the caller. */
        OK,
        /** No token, or one Keycloak does not accept: answer 401. */
        NO_TOKEN,
        /** A valid token for another audience: answer 401 {@code invalid_token}, record {@value #WRONG_AUDIENCE}. */
        WRONG_AUDIENCE
    }

    /** The result: the user and client are set for {@link Outcome#OK} and {@link Outcome#WRONG_AUDIENCE}. */
    public record Caller(Outcome outcome, UserModel user, ClientModel client, AccessToken token) {
        public boolean accepted() {
            return outcome == Outcome.OK;
        }
    }

    private final String audience;

    public ApiBearerToken(String audience) {
        this.audience = audience;
    }

    /** The client id of the API's audience client and client scope. */
    public String audience() {
        return audience;
    }

    /** Whether a token may call this API (pure). */
    public boolean accepts(AccessToken token) {
        if (token == null) {
            return false;
        }
        return token.hasAudience(audience) || Constants.ACCOUNT_CONSOLE_CLIENT_ID.equals(token.getIssuedFor());
    }

    /** Authenticates the current request's bearer token and checks its audience. */
    public Caller authenticate(KeycloakSession session) {
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null) {
            return new Caller(Outcome.NO_TOKEN, null, null, null);
        }
        return new Caller(accepts(auth.token()) ? Outcome.OK : Outcome.WRONG_AUDIENCE, auth.user(), auth.client(), auth.token());
    }
}
