package io.mag.keycloak.otp;

import java.time.Instant;
import java.util.Optional;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialMetadata;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;

import io.mag.keycloak.otp.manage.ManageOtpActionFactory;

/**
 * Presents the subscription credentials ({@value SubscriptionCredentials#TYPE}) on the account
 * console's Signing in page, next to Keycloak's own OTP credentials, which stay with Keycloak's
 * OTPCredentialProvider. Keycloak lists a credential type there when a CredentialProvider has it
 * and an enabled authenticator references it (AccountCredentialResource#getEnabledCredentialTypes:
 * mag-otp-step-up-form names it as an optional reference category). Each row shows the OTP
 * credential's label, the activation date (as "Created", which the console writes itself) and
 * "valid until" or "expired on", in the console's own translation of our message keys, with the
 * date written in the reader's language ({@link AccountConsoleDays}); "Update" opens Manage OTP.
 *
 * <p>Users cannot delete or create a subscription here (not removeable, no create action); the
 * dates are written only by renewal, operators and reminders ({@link SubscriptionCredentials}).
 */
final class SubscriptionCredentialProvider implements CredentialProvider<CredentialModel> {

    static final String DISPLAY_NAME = SubscriptionCredentials.TYPE + "-display-name";
    static final String HELP_TEXT = SubscriptionCredentials.TYPE + "-help-text";
    static final String VALID_UNTIL = "magOtpSubscriptionValidUntil";
    static final String VALID_FROM = "magOtpSubscriptionValidFrom";
    static final String EXPIRED_ON = "magOtpSubscriptionExpiredOn";
    static final String RENEW_HINT = "magOtpSubscriptionRenewHint";
    /** Keycloak's account-console name of an OTP credential, for one without a label. */
    static final String UNLABELLED_OTP = "otp-display-name";

    private final KeycloakSession session;

    SubscriptionCredentialProvider(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getType() {
        return SubscriptionCredentials.TYPE;
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, CredentialModel credential) {
        return user.credentialManager().createStoredCredential(credential);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    /** A copy: the presentation below changes label and date, never the stored credential. */
    @Override
    public CredentialModel getCredentialFromModel(CredentialModel model) {
        return model.shallowClone();
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext context) {
        // Without a subscription the type has neither rows nor an action, so the console hides it.
        boolean hasSubscription = context.getUser() != null
                && context.getUser().credentialManager().getStoredCredentialsByTypeStream(getType()).findAny().isPresent();
        return CredentialTypeMetadata.builder()
                .type(getType())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName(DISPLAY_NAME)
                .helpText(HELP_TEXT)
                .iconCssClass("kcAuthenticatorOTPClass")
                .updateAction(hasSubscription ? ManageOtpActionFactory.PROVIDER_ID : null)
                .removeable(false)
                .build(session);
    }

    @Override
    public CredentialMetadata getCredentialMetadata(CredentialModel credential, CredentialTypeMetadata typeMetadata) {
        CredentialMetadata metadata = new CredentialMetadata();
        metadata.setCredentialModel(credential);
        Optional<SubscriptionRecord> record = SubscriptionCredentials.parse(credential);
        if (record.isEmpty()) {
            return metadata;
        }
        OtpSubscription subscription = record.get().subscription();
        credential.setUserLabel(otpLabel(subscription.credentialId()));
        credential.setCreatedDate(subscription.activatedAt().toEpochMilli());
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        AccountConsoleDays days = new AccountConsoleDays(session, session.getContext().getUser());
        String expiry = days.format(subscription.expiresAt());
        if (now.isBefore(subscription.activatedAt())) {
            metadata.setInfoMessage(VALID_FROM, days.format(subscription.activatedAt()), expiry);
        } else if (subscription.isActiveAt(now)) {
            metadata.setInfoMessage(VALID_UNTIL, expiry);
        } else {
            metadata.setWarningMessageTitle(EXPIRED_ON, expiry);
            metadata.setWarningMessageDescription(RENEW_HINT);
        }
        return metadata;
    }

    /**
     * The label of the OTP credential the subscription belongs to. Only the account owner's request
     * (the account REST API's bearer token: the context user) can name it; otherwise, or for an OTP
     * credential without a label, Keycloak's name for an OTP credential.
     */
    private String otpLabel(String otpCredentialId) {
        UserModel user = session.getContext().getUser();
        if (user == null) {
            return UNLABELLED_OTP;
        }
        return user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                .filter(c -> c.getId().equals(otpCredentialId))
                .map(CredentialModel::getUserLabel)
                .filter(label -> label != null && !label.isBlank())
                .findFirst()
                .orElse(UNLABELLED_OTP);
    }
}
