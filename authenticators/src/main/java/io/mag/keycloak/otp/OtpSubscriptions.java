package io.mag.keycloak.otp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;

/**
 * Where the step-up check learns whether an OTP credential's subscription is active. The
 * implementation must read the dates without a database query beyond the ones Keycloak's own
 * OTP validation makes (they travel with the user's credentials).
 *
 * <p>Obtain it with {@link #standard()}: the dates are kept in companion credentials, see
 * {@link SubscriptionCredentials}.
 */
public interface OtpSubscriptions {

    /** The implementation of this project (stateless, shareable). */
    static OtpSubscriptions standard() {
        return CredentialOtpSubscriptions.INSTANCE;
    }

    /**
     * The subscription of this OTP credential: its recorded dates, or, when none are recorded, the
     * implicit subscription {@code activation = credential createdDate, expiry = + 1 year}. Empty
     * only for a credential that is not an OTP credential or has no createdDate.
     */
    Optional<OtpSubscription> of(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel otpCredential);

    /** Whether this OTP credential has a subscription active now (Keycloak's clock, {@link Time}, UTC). */
    default boolean isActive(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel otpCredential) {
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        return of(session, realm, user, otpCredential).map(s -> s.isActiveAt(now)).orElse(false);
    }

    /** The user's OTP credentials whose subscription is active now, in Keycloak's order. */
    default List<CredentialModel> activeOtpCredentials(KeycloakSession session, RealmModel realm, UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                .filter(c -> isActive(session, realm, user, c))
                .toList();
    }
}
