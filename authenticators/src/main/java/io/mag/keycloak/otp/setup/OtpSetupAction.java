package io.mag.keycloak.otp.setup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.keycloak.authentication.CredentialRegistrator;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Errors;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.sessions.AuthenticationSessionModel;

import io.mag.keycloak.otp.SubscriptionCredentials;
import io.mag.keycloak.otp.SubscriptionSettings;
import io.mag.keycloak.otp.entitlement.RenewalEntitlementProvider;

/**
 * Keycloak's CONFIGURE_TOTP with the gateway's two rules around it; Keycloak's own page and
 * validation do the setup itself (the wrapped {@code delegate}).
 *
 * <ol>
 *   <li><b>Step up, then set up</b> (NIST SP 800-63B, binding an additional authenticator): while
 *       the account has an active OTP credential, a new one is added only in a session at the
 *       OTP level. {@link #getCredentialType} answers {@code otp} exactly then, which makes
 *       Keycloak raise the level that {@code kc_action=CONFIGURE_TOTP} requests to the level of OTP
 *       credentials in the browser flow (AcrStore), so the flow's step-up asks for a code first.
 *       Whatever started the action (Manage OTP, an admin, a flow), it re-checks the session's
 *       level itself: an application-initiated request below it gets a page that says what to do
 *       (and a cancel back to the application); an assigned action is skipped and stays pending
 *       until the user signs in at the OTP level. Without an active OTP credential (none, or only
 *       expired ones) the first one is set up at password level, and the account's email is told.</li>
 *   <li><b>OTP is sold</b>: unless the realm includes OTP ({@link SubscriptionSettings#OTP_INCLUDED}),
 *       a page before Keycloak's asks for the entitlement (a license key), checked there without
 *       consuming it and redeemed in the transaction that creates the credential. A failed key
 *       counts in the brute-force detector against the user; a locked user's key is not checked.</li>
 * </ol>
 * Every new credential gets its subscription recorded at once (activation = its creation).
 */
final class OtpSetupAction implements RequiredActionProvider, CredentialRegistrator {

    private static final Logger LOG = Logger.getLogger(OtpSetupAction.class);

    static final String LICENSE_KEY = "licenseKey";
    static final String LICENSE_SUBMIT = "mag-otp-license-submit";
    /** The checked key, kept server-side in the authentication session until the setup redeems it. */
    static final String KEY_NOTE = "mag.otp.setup.license-key";
    private static final int MAX_KEY_LENGTH = 100;

    private final RequiredActionProvider delegate;

    OtpSetupAction(RequiredActionProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public String getCredentialType(KeycloakSession session, AuthenticationSessionModel authSession) {
        UserModel user = authSession.getAuthenticatedUser();
        return user != null && OtpSetupRules.hasActiveOtp(session, authSession.getRealm(), user) ? OTPCredentialModel.TYPE : null;
    }

    @Override
    public int getMaxAuthAge(KeycloakSession session) {
        return delegate.getMaxAuthAge(session);
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        delegate.evaluateTriggers(context);
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        OtpSetupEvents events = new OtpSetupEvents(context);
        if (OtpSetupRules.stepUpNeeded(context)) {
            events.stepUpRequired();
            if (isApplicationInitiated(context)) {
                context.challenge(new OtpSetupPages(context).stepUpRequired());
            } else {
                LOG.debugf("OTP setup of user %s left pending until a sign-in at the OTP level", context.getUser().getId());
                context.ignore();
            }
            return;
        }
        if (needsEntitlement(context) && context.getAuthenticationSession().getAuthNote(KEY_NOTE) == null) {
            context.challenge(new OtpSetupPages(context).license(null));
            return;
        }
        delegate.requiredActionChallenge(context);
    }

    @Override
    public void processAction(RequiredActionContext context) {
        OtpSetupEvents events = new OtpSetupEvents(context);
        OtpSetupPages pages = new OtpSetupPages(context);
        if (OtpSetupRules.stepUpNeeded(context)) {
            events.stepUpRequired();
            context.challenge(pages.stepUpRequired());
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        boolean needsEntitlement = needsEntitlement(context);
        if (form.containsKey(LICENSE_SUBMIT)) {
            if (needsEntitlement) {
                acceptLicenseKey(context, form.getFirst(LICENSE_KEY), events, pages);
            } else {
                delegate.requiredActionChallenge(context);
            }
            return;
        }
        String key = context.getAuthenticationSession().getAuthNote(KEY_NOTE);
        if (needsEntitlement) {
            if (key == null) {
                context.challenge(pages.license(null));
                return;
            }
            if (lockedOut(context, events, pages)) {
                return;
            }
            if (!new KeycloakSetupForm(context, form).wouldSucceed()) {
                // Keycloak's page says what is wrong; the key stays unused for the retry.
                delegate.processAction(context);
                return;
            }
            Optional<String> refusal = entitlement(context).redeemForNewCredential(context.getRealm(), context.getUser(), key);
            if (refusal.isPresent()) {
                // Used by a concurrent request since it was checked: back to the key page.
                context.getAuthenticationSession().removeAuthNote(KEY_NOTE);
                countFailure(context);
                events.entitlementRefused(refusal.get());
                context.challenge(pages.license("magOtpLicenseKeyInvalid"));
                return;
            }
        }

        Set<String> before = otpCredentialIds(context.getUser());
        delegate.processAction(context);
        if (context.getStatus() != RequiredActionContext.Status.SUCCESS) {
            if (needsEntitlement) {
                // Refused after all (e.g. a concurrent setup took the device name): the key was
                // redeemed in this transaction, which must not commit.
                context.getSession().getTransactionManager().setRollbackOnly();
            }
            return;
        }
        context.getAuthenticationSession().removeAuthNote(KEY_NOTE);
        SubscriptionCredentials subscriptions = new SubscriptionCredentials(context.getUser());
        subscriptions.recordImplicit();
        List<CredentialModel> added = subscriptions.otpCredentials().stream().filter(c -> !before.contains(c.getId())).toList();
        for (CredentialModel otp : added) {
            events.added(otp.getId(), needsEntitlement);
            new OtpDeviceAddedNotice(context.getSession(), context.getRealm(), context.getUser()).enqueue(otp);
        }
    }

    private void acceptLicenseKey(RequiredActionContext context, String typed, OtpSetupEvents events, OtpSetupPages pages) {
        if (lockedOut(context, events, pages)) {
            return;
        }
        String key = typed == null ? "" : typed.strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            events.entitlementRefused("empty");
            context.challenge(pages.license("magOtpLicenseKeyMissing"));
            return;
        }
        Optional<String> refusal = entitlement(context).check(context.getRealm(), context.getUser(), key);
        if (refusal.isPresent()) {
            countFailure(context);
            events.entitlementRefused(refusal.get());
            context.challenge(pages.license("magOtpLicenseKeyInvalid"));
            return;
        }
        context.getAuthenticationSession().setAuthNote(KEY_NOTE, key.toUpperCase(Locale.ROOT));
        delegate.requiredActionChallenge(context);
    }

    private static boolean lockedOut(RequiredActionContext context, OtpSetupEvents events, OtpSetupPages pages) {
        BruteForceProtector protector = context.getSession().getProvider(BruteForceProtector.class);
        if (AuthenticatorUtils.getDisabledByBruteForceEventError(protector, context.getSession(), context.getRealm(), context.getUser()) == null) {
            return false;
        }
        context.getAuthenticationSession().removeAuthNote(KEY_NOTE);
        events.entitlementRefused(Errors.USER_TEMPORARILY_DISABLED);
        context.challenge(pages.license("magOtpRenewLocked"));
        return true;
    }

    private static void countFailure(RequiredActionContext context) {
        RealmModel realm = context.getRealm();
        if (realm.isBruteForceProtected()) {
            context.getSession().getProvider(BruteForceProtector.class)
                    .failedLogin(realm, context.getUser(), context.getConnection(), context.getUriInfo(), null);
        }
    }

    private static RenewalEntitlementProvider entitlement(RequiredActionContext context) {
        return context.getSession().getProvider(RenewalEntitlementProvider.class);
    }

    private static boolean needsEntitlement(RequiredActionContext context) {
        return SubscriptionSettings.newCredentialNeedsEntitlement(context.getRealm());
    }

    private static boolean isApplicationInitiated(RequiredActionContext context) {
        return OtpSetupActionFactory.PROVIDER_ID.equals(context.getAuthenticationSession().getClientNote(Constants.KC_ACTION_EXECUTING));
    }

    private static Set<String> otpCredentialIds(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                .map(CredentialModel::getId).collect(Collectors.toSet());
    }

    @Override
    public void close() {
        delegate.close();
    }
}
