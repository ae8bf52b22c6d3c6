package io.mag.keycloak.login;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.models.UserModel;

import io.mag.keycloak.flow.NoSetupAuthenticator;

/**
 * Stops a flow whose user is a connected child, with a page saying to sign in with the parent.
 * For the flows whose first step is Keycloak's own (reset credentials after "choose user",
 * identity-provider logins in the post-broker-login flow); the browser and direct-grant flows
 * check in their first step already. With no user identified yet it lets the flow go on, as
 * Keycloak does for unknown users in reset credentials.
 */
final class ConnectedChildGuard extends NoSetupAuthenticator {

    ConnectedChildGuard() {
        super(false);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (ConnectedChildren.isConnectedChild(context.getSession(), context.getRealm(), user)) {
            context.getEvent().user(user).error(ConnectedChildren.ERROR);
            Response page = context.form().setError(ConnectedChildren.MESSAGE).createErrorPage(Response.Status.FORBIDDEN);
            context.failure(AuthenticationFlowError.ACCESS_DENIED, page);
            return;
        }
        context.success();
    }
}
