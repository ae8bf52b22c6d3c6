package io.mag.keycloak.login;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;

import io.mag.keycloak.flow.NoSetupAuthenticator;

/**
 * First page of the browser sign-in: the user types a username or an email address. The
 * account is resolved by {@link AccountResolver}; a connected child is refused here with a clear
 * message. Keycloak's own password form ({@code auth-password-form}) follows, so password
 * checking and brute-force counting stay Keycloak's.
 */
final class EmailOrUsernameForm extends NoSetupAuthenticator {

    EmailOrUsernameForm() {
        super(false);
    }

    static final String TEMPLATE = "mag-login-email-or-username.ftl";
    private static final String USERNAME = "username";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(page(context, null, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> formData = context.getHttpRequest().getDecodedFormParameters();
        AccountResolution resolution = AccountResolver.resolveTyped(context, formData.getFirst(USERNAME));
        if (resolution instanceof AccountResolution.Ambiguous) {
            context.getEvent().error(Errors.USERNAME_IN_USE);
            context.challenge(page(context, formData, "magEmailAmbiguous"));
            return;
        }
        if (!(resolution instanceof AccountResolution.Found found)) {
            AuthenticatorUtils.dummyHash(context);
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failureChallenge(AuthenticationFlowError.INVALID_USER, page(context, formData, Messages.INVALID_USER));
            return;
        }

        UserModel user = found.user();
        context.getEvent().user(user);
        String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (bruteForceError != null) {
            // Same answer as for an unknown user: a lockout must not confirm that the account exists.
            context.getEvent().error(bruteForceError);
            context.forceChallenge(page(context, formData, Messages.INVALID_USER));
            return;
        }
        if (!user.isEnabled()) {
            context.getEvent().error(Errors.USER_DISABLED);
            context.forceChallenge(page(context, formData, Messages.ACCOUNT_DISABLED));
            return;
        }
        if (ConnectedChildren.isConnectedChild(context.getSession(), context.getRealm(), user)) {
            context.getEvent().error(ConnectedChildren.ERROR);
            context.forceChallenge(page(context, formData, ConnectedChildren.MESSAGE));
            return;
        }
        context.setUser(user);
        context.success();
    }

    private static Response page(AuthenticationFlowContext context, MultivaluedMap<String, String> formData, String error) {
        LoginFormsProvider form = context.form();
        if (formData != null) {
            form.setFormData(formData);
        }
        if (error != null) {
            form.addError(new FormMessage(USERNAME, error));
        }
        return form.createForm(TEMPLATE);
    }
}
