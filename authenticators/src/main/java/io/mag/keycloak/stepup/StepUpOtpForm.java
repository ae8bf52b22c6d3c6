package io.mag.keycloak.stepup;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.OTPFormAuthenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.validation.Validation;

import io.mag.keycloak.flow.NoSetupAuthenticator;
import io.mag.keycloak.otp.OtpSubscriptions;

/**
 * The OTP step of the step-up: asks for a one-time password only (the user is already known
 * from the session or the password step). Only OTP credentials with an active subscription
 * count, judged now (UTC, Keycloak's clock). Codes are checked by Keycloak's OTP credential
 * provider, which refuses a code used before; a wrong code is a failed login for the brute-force
 * detector, and a locked user is refused even with the right code.
 */
final class StepUpOtpForm extends NoSetupAuthenticator {

    StepUpOtpForm() {
        super(true);
    }

    static final String REQUIREMENT_TEMPLATE = "mag-otp-requirement.ftl";
    static final String SETUP_BUTTON = "mag-setup-otp";
    /** The requirement page's Cancel: back to the application, which gets error=access_denied. */
    static final String CANCEL_BUTTON = "mag-otp-cancel";
    /** Tells login-otp.ftl that the OTP is asked for a step-up, so that it names the application. */
    static final String STEP_UP_ATTRIBUTE = "magStepUp";
    static final String SUBSCRIPTION_EXPIRED = "otp_subscription_expired";
    static final String NO_OTP_CREDENTIAL = "otp_credential_missing";

    private final OtpSubscriptions subscriptions = OtpSubscriptions.standard();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        List<CredentialModel> active = activeCredentials(context);
        if (active.isEmpty()) {
            refuseWithoutActiveOtp(context);
            return;
        }
        context.challenge(otpForm(context, active.get(0).getId(), null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        List<CredentialModel> active = activeCredentials(context);
        if (active.isEmpty()) {
            if (form.containsKey(CANCEL_BUTTON)) {
                // Keycloak's own cancel: event error rejected_by_user, back to the client with access_denied.
                context.getEvent().user(context.getUser());
                context.cancelLogin();
                return;
            }
            if (form.containsKey(SETUP_BUTTON) && withoutOtp(context) == WithoutActiveOtp.OFFER_SETUP && !hasOtpCredential(context)) {
                // Keycloak's OTP setup runs before any token is issued and only completes with a valid
                // code, as for an authenticator whose "user setup" is allowed.
                context.getAuthenticationSession().addRequiredAction(UserModel.RequiredAction.CONFIGURE_TOTP);
                context.success(OTPCredentialModel.TYPE);
                return;
            }
            refuseWithoutActiveOtp(context);
            return;
        }

        UserModel user = context.getUser();
        String credentialId = form.getFirst("selectedCredentialId");
        if (credentialId == null || credentialId.isBlank()) {
            credentialId = active.get(0).getId();
        }
        context.getEvent().user(user).detail(Details.SELECTED_CREDENTIAL_ID, credentialId);

        String bruteForceError = AuthenticatorUtils.getDisabledByBruteForceEventError(context, user);
        if (bruteForceError != null) {
            context.getEvent().error(bruteForceError);
            // The password step already proved who this is, so the lock can be told here; Keycloak's
            // own words ("Invalid authenticator code") made users retry a right code for minutes.
            FormMessage message = Errors.USER_TEMPORARILY_DISABLED.equals(bruteForceError)
                    ? OtpLockout.temporaryLockMessage(context)
                    : new FormMessage(Validation.FIELD_OTP_CODE, "magOtpLockedPermanently");
            context.forceChallenge(otpForm(context, credentialId, message));
            return;
        }
        String chosen = credentialId;
        if (active.stream().noneMatch(c -> c.getId().equals(chosen))) {
            context.getEvent().error(SUBSCRIPTION_EXPIRED);
            context.challenge(otpForm(context, active.get(0).getId(), new FormMessage(Validation.FIELD_OTP_CODE, "magOtpCredentialNotActive")));
            return;
        }
        String code = form.getFirst("otp");
        if (code == null || code.isBlank()
                || !user.credentialManager().isValid(new UserCredentialModel(credentialId, OTPCredentialModel.TYPE, code.strip()))) {
            context.getEvent().error(Errors.INVALID_USER_CREDENTIALS);
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, otpForm(context, credentialId, new FormMessage(Validation.FIELD_OTP_CODE, Messages.INVALID_TOTP)));
            return;
        }
        context.success(OTPCredentialModel.TYPE);
    }

    private void refuseWithoutActiveOtp(AuthenticationFlowContext context) {
        boolean expired = hasOtpCredential(context);
        context.getEvent().user(context.getUser()).error(expired ? SUBSCRIPTION_EXPIRED : NO_OTP_CREDENTIAL);
        boolean offerSetup = !expired && withoutOtp(context) == WithoutActiveOtp.OFFER_SETUP;
        // A challenge in every case, so that the page's Cancel can still return to the application.
        context.challenge(context.form()
                .setAttribute("magOtpRequirement", new OtpRequirementPage(expired, offerSetup))
                .createForm(REQUIREMENT_TEMPLATE));
    }

    private Response otpForm(AuthenticationFlowContext context, String selectedCredentialId, FormMessage error) {
        LoginFormsProvider form = context.form()
                .setAttribute(OTPFormAuthenticator.SELECTED_OTP_CREDENTIAL_ID, selectedCredentialId)
                .setAttribute(STEP_UP_ATTRIBUTE, Boolean.TRUE);
        if (error != null) {
            form.addError(error);
        }
        return form.createLoginTotp();
    }

    private List<CredentialModel> activeCredentials(AuthenticationFlowContext context) {
        return subscriptions.activeOtpCredentials(context.getSession(), context.getRealm(), context.getUser());
    }

    private static boolean hasOtpCredential(AuthenticationFlowContext context) {
        return context.getUser().credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE).findAny().isPresent();
    }

    private static WithoutActiveOtp withoutOtp(AuthenticationFlowContext context) {
        return new StepUpOtpConfig(context.getAuthenticatorConfig()).withoutOtp();
    }
}
