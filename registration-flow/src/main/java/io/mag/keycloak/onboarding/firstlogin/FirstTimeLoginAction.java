package io.mag.keycloak.onboarding.firstlogin;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.AuthenticationManager;

import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.MagEvents;

/**
 * First Time Login, run by Keycloak after UPDATE_PASSWORD (its priority in the realm is higher
 * than UPDATE_PASSWORD's and CONFIGURE_TOTP's, and Keycloak runs pending actions in priority
 * order, re-sorted after each one).
 *
 * <ul>
 *   <li>The user has an OTP credential: first-time login is complete at once.</li>
 *   <li>Otherwise the page mag-first-time-login.ftl: when an application shared with the user's
 *       organization requires OTP, it names those applications and offers only "Set up OTP now";
 *       otherwise OTP is optional, with "Set up OTP now" and "Not now".</li>
 *   <li>"Set up OTP now" adds Keycloak's CONFIGURE_TOTP to the user and sends the browser back to
 *       Keycloak's required-action loop; this action stays pending, so Keycloak runs
 *       CONFIGURE_TOTP (lower priority) first and this action again after it, which then
 *       completes. A user who leaves during the setup meets it again at the next sign-in.</li>
 *   <li>"Not now" completes, except when OTP is required: then it is refused (the page cannot be
 *       skipped, and Keycloak's OTP setup page has no cancel for an assigned action).</li>
 * </ul>
 *
 * Completion records FIRST_LOGIN_COMPLETED and sends the Login Success email after the commit,
 * once (a single-use marker guards against two concurrent completions).
 */
final class FirstTimeLoginAction implements RequiredActionProvider {

    private static final Logger LOG = Logger.getLogger(FirstTimeLoginAction.class);

    static final FormNonce NONCE = new FormNonce("first-time-login");
    static final String TEMPLATE = "mag-first-time-login.ftl";
    static final String ATTRIBUTE = "magFirstLogin";
    static final String OPERATION = "operation";
    static final String SETUP = "setup";
    static final String NOT_NOW = "not-now";
    /** How long the single-use marker of a completion lives: longer than any two racing requests. */
    private static final long COMPLETION_MARKER_SECONDS = 300;

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Assigned by operator approval, never triggered by a condition.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        SharedApplications shared = SharedApplications.of(context.getSession(), context.getRealm(), context.getUser());
        if (hasOtp(context.getUser())) {
            complete(context, shared, true);
            return;
        }
        context.challenge(page(context, shared, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String operation = form.getFirst(OPERATION);
        UserModel user = context.getUser();
        SharedApplications shared = SharedApplications.of(context.getSession(), context.getRealm(), user);
        FirstTimeLoginEvents events = new FirstTimeLoginEvents(context, shared);

        if (!NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            events.error(MagEvents.FIRST_LOGIN_COMPLETED, Errors.INVALID_FORM, null);
            context.challenge(page(context, shared, "magFirstLoginFormExpired"));
            return;
        }
        if (SETUP.equals(operation)) {
            if (hasOtp(user)) {
                complete(context, shared, true);
                return;
            }
            user.addRequiredAction(UserModel.RequiredAction.CONFIGURE_TOTP);
            events.otpSetupStarted();
            // Stay pending: Keycloak's loop runs CONFIGURE_TOTP (lower priority), then this action again.
            context.challenge(AuthenticationManager.redirectToRequiredActions(context.getSession(), context.getRealm(),
                    context.getAuthenticationSession(), context.getUriInfo(), UserModel.RequiredAction.CONFIGURE_TOTP.name()));
            return;
        }
        if (NOT_NOW.equals(operation)) {
            if (shared.otpRequired() && !hasOtp(user)) {
                events.error(MagEvents.FIRST_LOGIN_COMPLETED, Errors.NOT_ALLOWED, "otp_required");
                context.challenge(page(context, shared, "magFirstLoginOtpRequiredRefusal"));
                return;
            }
            complete(context, shared, hasOtp(user));
            return;
        }
        context.challenge(page(context, shared, null));
    }

    private static void complete(RequiredActionContext context, SharedApplications shared, boolean otpConfigured) {
        UserModel user = context.getUser();
        SingleUseObjectProvider singleUse = context.getSession().singleUseObjects();
        if (singleUse.putIfAbsent("mag.first-time-login.completed." + user.getId(), COMPLETION_MARKER_SECONDS)) {
            new FirstTimeLoginEvents(context, shared).completed(otpConfigured);
            LoginSuccessEmail.enqueue(context.getSession(), context.getRealm(), user, otpConfigured);
            LOG.debugf("User %s completed first-time login (OTP %s)", user.getId(), otpConfigured ? "configured" : "not set up");
        } else {
            LOG.debugf("First-time login of user %s already completed by a concurrent request", user.getId());
        }
        context.success();
    }

    private static Response page(RequiredActionContext context, SharedApplications shared, String errorKey) {
        LoginFormsProvider form = context.form().setAttribute(ATTRIBUTE,
                new FirstTimeLoginPage(shared.otpApplications(), NONCE.issue(context.getAuthenticationSession())));
        if (errorKey != null) {
            form.setError(errorKey);
        }
        return form.createForm(TEMPLATE);
    }

    private static boolean hasOtp(UserModel user) {
        return user.credentialManager().isConfiguredFor(OTPCredentialModel.TYPE);
    }

    @Override
    public void close() {
    }
}
