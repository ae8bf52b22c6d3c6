package io.mag.keycloak.login;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialChooseUser;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.messages.Messages;

import io.mag.keycloak.flow.NoSetupAuthenticator;

/**
 * First step of the gateway's reset-credentials flow, in place of Keycloak's "Choose User"
 * ({@code reset-credentials-choose-user}), which finds an email only when the realm allows login
 * with email, and then only an address that one account uses. Here the user types a User ID or an
 * email address:
 * <ul>
 * <li>a User ID, or an email that exactly one account may reset: that account becomes the flow's
 * user, and the next steps (connected-child guard, Keycloak's Send Reset Email, Reset Password)
 * do the rest;</li>
 * <li>an email that several accounts use: one reset email per account, each naming its User ID,
 * each with Keycloak's own reset-credentials action token; following a link continues this flow for
 * that account ({@link #authenticate} accepts the token's user, as Keycloak's step does);</li>
 * <li>nothing known: no email.</li>
 * </ul>
 * The page says the same in every case, so it reveals nothing about which addresses exist.
 *
 * <p>"Forgot User ID?" ({@value #RECOVER}={@value #USER_IDS}) is the same step's second page: an
 * email address, answered by one email listing the User IDs registered to it, and the same
 * answer on the page whether or not any are.
 */
final class ForgotPasswordForm extends NoSetupAuthenticator {

    static final String PASSWORD_TEMPLATE = "mag-forgot-password.ftl";
    static final String USER_ID_TEMPLATE = "mag-forgot-user-id.ftl";
    /** Query or form parameter choosing the "Forgot User ID?" page. */
    static final String RECOVER = "mag_recover";
    static final String USER_IDS = "user-ids";
    private static final String USERNAME = "username";
    private static final String EMAIL = "email";

    ForgotPasswordForm() {
        super(false);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        // The first three cases are those of Keycloak's "Choose User", kept so that a broker
        // re-authentication, a followed reset link and a signed-in user behave as they do there.
        if (context.getAuthenticationSession().getAuthNote(AbstractIdpAuthenticator.EXISTING_USER_INFO) != null) {
            context.setUser(AbstractIdpAuthenticator.getExistingUser(context.getSession(), context.getRealm(),
                    context.getAuthenticationSession()));
            context.challenge(passwordPage(context, null, null));
            return;
        }
        String tokenUserId = context.getAuthenticationSession().getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID);
        if (tokenUserId != null) {
            // A reset link was followed: Keycloak's action-token handler checked the token and that
            // its user exists and is enabled, and made it the flow's user.
            context.setUser(context.getSession().users().getUserById(context.getRealm(), tokenUserId));
            context.success();
            return;
        }
        AuthenticationManager.AuthResult signedIn = AuthenticationManager.authenticateIdentityCookie(
                context.getSession(), context.getRealm(), true);
        if (signedIn != null) {
            context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME,
                    signedIn.user().getUsername());
            context.setUser(signedIn.user());
            context.success();
            return;
        }
        String recover = context.getUriInfo().getQueryParameters().getFirst(RECOVER);
        context.challenge(USER_IDS.equals(recover) ? userIdPage(context, null, null) : passwordPage(context, null, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (USER_IDS.equals(form.getFirst(RECOVER))) {
            sendUserIds(context, form);
        } else {
            chooseAccounts(context, form);
        }
    }

    private void chooseAccounts(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        String typed = form.getFirst(USERNAME);
        if (typed == null || typed.isBlank()) {
            context.getEvent().error(Errors.USERNAME_MISSING);
            context.forceChallenge(passwordPage(context, form, "magForgotPasswordMissing"));
            return;
        }
        String name = typed.strip();
        context.getEvent().detail(Details.USERNAME, name);
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, name);
        List<UserModel> accounts = new RecoverableAccounts(context.getSession(), context.getRealm()).forReset(name);
        List<UserModel> enabled = accounts.stream().filter(UserModel::isEnabled).toList();
        if (enabled.size() < accounts.size()) {
            context.getEvent().clone().detail(Details.USERNAME, name).error(Errors.USER_DISABLED);
        }
        if (enabled.isEmpty()) {
            // As Keycloak does: no user, and Send Reset Email answers "email sent" without sending.
            context.getEvent().clone().detail(Details.USERNAME, name).error(Errors.USER_NOT_FOUND);
            context.clearUser();
            context.success();
            return;
        }
        if (enabled.size() == 1) {
            context.getAuthenticationSession().setAuthNote(ResetCredentialChooseUser.RESET_CREDENTIAL_USER_CHOSEN, "true");
            context.setUser(enabled.get(0));
            context.success();
            return;
        }
        if (!new RecoveryMails(context).sendPasswordResets(enabled, name)) {
            context.failure(AuthenticationFlowError.INTERNAL_ERROR, emailFailed(context));
            return;
        }
        context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
    }

    private void sendUserIds(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        String typed = form.getFirst(EMAIL);
        if (typed == null || !typed.contains("@")) {
            context.getEvent().error(Errors.INVALID_EMAIL);
            context.forceChallenge(userIdPage(context, form, "magForgotUserIdInvalid"));
            return;
        }
        String email = typed.strip();
        List<UserModel> accounts = new RecoverableAccounts(context.getSession(), context.getRealm()).withEmail(email);
        if (accounts.isEmpty()) {
            context.getEvent().clone().detail(Details.EMAIL, email).error(Errors.USER_NOT_FOUND);
        } else if (!new RecoveryMails(context).sendUserIds(accounts)) {
            context.failure(AuthenticationFlowError.INTERNAL_ERROR, emailFailed(context));
            return;
        }
        context.forkWithSuccessMessage(new FormMessage("magForgotUserIdSent"));
    }

    private static Response emailFailed(AuthenticationFlowContext context) {
        return context.form().setError(Messages.EMAIL_SENT_ERROR).createErrorPage(Response.Status.INTERNAL_SERVER_ERROR);
    }

    private static Response passwordPage(AuthenticationFlowContext context, MultivaluedMap<String, String> form, String error) {
        return page(context, PASSWORD_TEMPLATE, form, USERNAME, error);
    }

    private static Response userIdPage(AuthenticationFlowContext context, MultivaluedMap<String, String> form, String error) {
        return page(context, USER_ID_TEMPLATE, form, EMAIL, error);
    }

    private static Response page(AuthenticationFlowContext context, String template, MultivaluedMap<String, String> form,
            String field, String error) {
        LoginFormsProvider page = context.form();
        if (form != null) {
            page.setFormData(form);
        }
        if (error != null) {
            page.addError(new FormMessage(field, error));
        }
        return page.createForm(template);
    }
}
