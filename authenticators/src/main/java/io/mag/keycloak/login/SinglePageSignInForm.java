package io.mag.keycloak.login;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.forms.login.freemarker.model.LoginBean;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.validation.Validation;

/**
 * Username-or-email and password on one page: the gateway's sign-in rules (an email shared by
 * parent and children means the one account allowed to sign in; connected children are refused)
 * in one form post, as Keycloak's own Username Password Form does. It extends that form, so
 * password checking, brute-force counting, remember-me and events stay Keycloak's; only the way
 * the typed name becomes an account, and the page, are ours.
 *
 * <p>Compared with the two-page flow (mag-email-or-username-form + Password Form) it saves one
 * page render and one round trip per sign-in; an ambiguous email is answered after the post
 * rather than before the password page.
 */
final class SinglePageSignInForm extends UsernamePasswordForm {

    static final String TEMPLATE = "mag-login-single-page.ftl";

    @Override
    protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        if (isUserAlreadySetBeforeUsernamePasswordAuth(context)) {
            // Re-authentication of a known user: only the password is asked; Keycloak's path applies.
            return super.validateForm(context, formData);
        }
        context.clearUser();
        AccountResolution resolution = AccountResolver.resolveTyped(context, formData.getFirst(Validation.FIELD_USERNAME));
        if (resolution instanceof AccountResolution.Ambiguous) {
            AuthenticatorUtils.dummyHash(context);
            context.getEvent().error(Errors.USERNAME_IN_USE);
            context.forceChallenge(refusal(context, formData, "magEmailAmbiguous"));
            return false;
        }
        if (!(resolution instanceof AccountResolution.Found found)) {
            testInvalidUser(context, null);
            return false;
        }
        UserModel user = found.user();
        // Keycloak records a failed password (AuthenticationProcessor.logFailure) against the
        // account it finds from this note, with its own lookup: by username only, since this realm
        // keeps "login with email" off. A typed email would match nothing and the failure would
        // count nowhere, so the note names the resolved account. The page never shows the note
        // (the user is cleared again after a wrong password), so a typed email reveals no User ID.
        context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, user.getUsername());
        // Password before anything else about the account, as Keycloak does: without the right
        // password the page reveals nothing (disabled, connected child) about it.
        if (!validatePassword(context, user, formData, true) || !enabledUser(context, user)) {
            return false;
        }
        if (ConnectedChildren.isConnectedChild(context.getSession(), context.getRealm(), user)) {
            context.getEvent().user(user).error(ConnectedChildren.ERROR);
            context.forceChallenge(refusal(context, formData, ConnectedChildren.MESSAGE));
            return false;
        }
        AuthenticatorUtils.processRememberMe(context, formData);
        context.setUser(user);
        return true;
    }

    @Override
    protected Response challenge(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        LoginFormsProvider form = context.form();
        if (!formData.isEmpty()) {
            form.setFormData(formData);
        }
        return createLoginForm(form);
    }

    /**
     * The page again with the refusal under the username field and the typed username kept
     * (Keycloak's challenge(context, error, field) clears it); the password is never echoed.
     */
    private Response refusal(AuthenticationFlowContext context, MultivaluedMap<String, String> formData, String error) {
        MultivaluedMap<String, String> kept = new MultivaluedHashMap<>();
        kept.putSingle(Validation.FIELD_USERNAME, formData.getFirst(Validation.FIELD_USERNAME));
        // createForm(template) builds no "login" bean from the form data (only Keycloak's own login
        // pages get one), so the page's login.username comes from here.
        LoginFormsProvider form = context.form()
                .setExecution(context.getExecution().getId())
                .setFormData(kept)
                .setAttribute("login", new LoginBean(kept))
                .addError(new FormMessage(Validation.FIELD_USERNAME, error));
        return createLoginForm(form);
    }

    @Override
    protected Response createLoginForm(LoginFormsProvider form) {
        return form.createForm(TEMPLATE);
    }
}
