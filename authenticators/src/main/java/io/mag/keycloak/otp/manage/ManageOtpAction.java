package io.mag.keycloak.otp.manage;

import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

import io.mag.keycloak.common.FormNonce;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.otp.OtpRenewals;
import io.mag.keycloak.otp.SubscriptionCredentials;

/**
 * "Manage OTP": the user's OTP credentials with activation and expiry; Renew (with a license key,
 * or whatever the realm's renewal entitlement is) inside the renewal window; outside it, or
 * without any OTP credential, a button that starts Keycloak's CONFIGURE_TOTP ("Purchase or
 * Register Credentials"). Every post carries a single-use nonce. Failed redemptions count in
 * Keycloak's brute-force detector against the signed-in user (the key's holder); once locked,
 * no key is even checked.
 */
final class ManageOtpAction implements RequiredActionProvider {

    private static final Logger LOG = Logger.getLogger(ManageOtpAction.class);

    static final String OPERATION = "operation";
    static final String CREDENTIAL_ID = "credentialId";
    static final String LICENSE_KEY = "licenseKey";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Never assigns itself (started by the user with kc_action, or by an admin). Keycloak calls
        // this after every sign-in and every completed required action (CONFIGURE_TOTP, delete
        // credential included): the moment to give a new OTP credential its recorded subscription,
        // which the account console's Signing in page lists, and to drop those of deleted ones.
        SubscriptionCredentials subscriptions = new SubscriptionCredentials(context.getUser());
        subscriptions.removeOrphans();
        subscriptions.recordImplicit();
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        new SubscriptionCredentials(context.getUser()).removeOrphans();
        context.challenge(new ManageOtpForms(context).page(false, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String operation = form.getFirst(OPERATION);
        ManageOtpForms forms = new ManageOtpForms(context);
        ManageOtpEvents events = new ManageOtpEvents(context);

        if ("done".equals(operation)) {
            context.success();
            return;
        }
        if (!ManageOtpForms.NONCE.consume(context.getAuthenticationSession(), form.getFirst(FormNonce.FIELD))) {
            events.error(String.valueOf(operation), null, Errors.INVALID_FORM, null);
            context.challenge(forms.page(true, "magOtpFormExpired"));
            return;
        }
        switch (operation == null ? "" : operation) {
            case "renew" -> renew(context, form, forms, events);
            case "setup" -> {
                // Keycloak runs the user's required actions once this one succeeds.
                context.getUser().addRequiredAction(UserModel.RequiredAction.CONFIGURE_TOTP);
                events.setupRequested();
                context.success();
            }
            default -> context.challenge(forms.page(false, null));
        }
    }

    private void renew(RequiredActionContext context, MultivaluedMap<String, String> form, ManageOtpForms forms, ManageOtpEvents events) {
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        String credentialId = form.getFirst(CREDENTIAL_ID);
        BruteForceProtector protector = context.getSession().getProvider(BruteForceProtector.class);
        if (AuthenticatorUtils.getDisabledByBruteForceEventError(protector, context.getSession(), realm, user) != null) {
            events.error(MagEvents.RENEW, credentialId, Errors.USER_TEMPORARILY_DISABLED, null);
            context.challenge(forms.page(true, "magOtpRenewLocked"));
            return;
        }
        OtpRenewals.Result result = new OtpRenewals(context.getSession(), realm, user)
                .renewWithEntitlement(credentialId == null ? "" : credentialId, form.getFirst(LICENSE_KEY));
        switch (result.outcome()) {
            case RENEWED -> {
                LOG.debugf("User %s renewed OTP credential %s until %s", user.getId(), credentialId, result.after().expiresAt());
                events.renewed(result);
                context.challenge(forms.page(false, "magOtpRenewed"));
            }
            case NOT_ENTITLED -> {
                if (realm.isBruteForceProtected()) {
                    protector.failedLogin(realm, user, context.getConnection(), context.getUriInfo(), null);
                }
                events.error(MagEvents.RENEW, credentialId, Errors.INVALID_CODE, result.refusal());
                context.challenge(forms.page(true, "magOtpLicenseKeyInvalid"));
            }
            case NOT_RENEWABLE -> {
                events.error(MagEvents.RENEW, credentialId, Errors.NOT_ALLOWED, "outside_renewal_window");
                context.challenge(forms.page(true, "magOtpRenewNotAllowed"));
            }
            case NO_SUCH_CREDENTIAL, NO_SUBSCRIPTION -> {
                events.error(MagEvents.RENEW, credentialId, Errors.CREDENTIAL_NOT_FOUND, null);
                context.challenge(forms.page(true, "magOtpUnknownCredential"));
            }
        }
    }

    @Override
    public void close() {
    }
}
