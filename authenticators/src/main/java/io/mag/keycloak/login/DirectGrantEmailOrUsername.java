package io.mag.keycloak.login;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.OAuthErrorException;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;

import io.mag.keycloak.flow.NoSetupAuthenticator;

/**
 * Direct grant (resource owner password) counterpart of {@link EmailOrUsernameForm}: resolves the
 * {@code username} parameter as a username or email and refuses connected children, answering in
 * the token endpoint's JSON error format. Keycloak's "Password" direct-grant step follows.
 */
final class DirectGrantEmailOrUsername extends NoSetupAuthenticator {

    DirectGrantEmailOrUsername() {
        super(false);
    }

    private static final String INVALID_CREDENTIALS = "Invalid user credentials";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        String name = context.getHttpRequest().getDecodedFormParameters().getFirst("username");
        if (name == null || name.isBlank()) {
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failure(AuthenticationFlowError.INVALID_USER,
                    error(Response.Status.UNAUTHORIZED, OAuthErrorException.INVALID_REQUEST, "Missing parameter: username"));
            return;
        }
        AccountResolution resolution = AccountResolver.resolveTyped(context, name);
        if (resolution instanceof AccountResolution.Ambiguous) {
            context.getEvent().error(Errors.USERNAME_IN_USE);
            context.failure(AuthenticationFlowError.INVALID_USER,
                    error(Response.Status.BAD_REQUEST, OAuthErrorException.INVALID_GRANT, context.form().getMessage("magEmailAmbiguous")));
            return;
        }
        if (!(resolution instanceof AccountResolution.Found found)) {
            AuthenticatorUtils.dummyHash(context);
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failure(AuthenticationFlowError.INVALID_USER,
                    error(Response.Status.BAD_REQUEST, OAuthErrorException.INVALID_GRANT, INVALID_CREDENTIALS));
            return;
        }

        UserModel user = found.user();
        context.getEvent().user(user);
        String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (bruteForceError != null) {
            AuthenticatorUtils.dummyHash(context);
            context.getEvent().error(bruteForceError);
            context.forceChallenge(error(Response.Status.BAD_REQUEST, OAuthErrorException.INVALID_GRANT, INVALID_CREDENTIALS));
            return;
        }
        if (!user.isEnabled()) {
            context.getEvent().error(Errors.USER_DISABLED);
            context.forceChallenge(error(Response.Status.BAD_REQUEST, OAuthErrorException.INVALID_GRANT, INVALID_CREDENTIALS));
            return;
        }
        if (ConnectedChildren.isConnectedChild(context.getSession(), context.getRealm(), user)) {
            context.getEvent().error(ConnectedChildren.ERROR);
            context.forceChallenge(error(Response.Status.BAD_REQUEST, OAuthErrorException.INVALID_GRANT,
                    context.form().getMessage(ConnectedChildren.MESSAGE)));
            return;
        }
        context.setUser(user);
        context.success();
    }

    private static Response error(Response.Status status, String error, String description) {
        return Response.status(status)
                .entity(new OAuth2ErrorRepresentation(error, description))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
