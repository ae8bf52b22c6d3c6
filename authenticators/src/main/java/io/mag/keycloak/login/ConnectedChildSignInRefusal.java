package io.mag.keycloak.login;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.UserModel;

/**
 * Ends every interactive sign-in of a connected child with the page that says to sign in with the
 * parent, whatever flow authenticated it: Keycloak evaluates the triggers of every enabled
 * required action once a flow has identified and authenticated the user, before it sets the SSO
 * cookie or hands a code or SAML assertion to the application, in every flow (the realm's, one
 * bound to a client, first or post broker login of any identity provider, device verification).
 * The trigger adds the action to the authentication session only, never to the user, so nothing
 * stays behind after a disconnect.
 *
 * <p>Grants without a sign-in page (refresh, token exchange, CIBA) are the client policy
 * executor {@code mag-connected-child-refusal}'s.
 */
final class ConnectedChildSignInRefusal implements RequiredActionProvider {

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        if (ConnectedChildren.isConnectedChild(context.getSession(), context.getRealm(), context.getUser())) {
            context.getAuthenticationSession().addRequiredAction(ConnectedChildSignInRefusalFactory.PROVIDER_ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        refuse(context);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        refuse(context);
    }

    /** The page, and no way on: the action never succeeds for a child. A disconnected user passes. */
    private static void refuse(RequiredActionContext context) {
        UserModel user = context.getUser();
        if (!ConnectedChildren.isConnectedChild(context.getSession(), context.getRealm(), user)) {
            context.getAuthenticationSession().removeRequiredAction(ConnectedChildSignInRefusalFactory.PROVIDER_ID);
            context.success();
            return;
        }
        context.getEvent().user(user).error(ConnectedChildren.ERROR);
        Response page = context.form().setError(ConnectedChildren.MESSAGE).createErrorPage(Response.Status.FORBIDDEN);
        context.challenge(page);
    }

    @Override
    public void close() {
    }
}
