package io.mag.keycloak.otp.entitlement;

import java.util.Optional;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * Decides whether the user holds an entitlement to an OTP subscription year, and consumes it:
 * the renewal of one OTP credential's subscription, or the first year of a new OTP credential
 * (unless the realm includes OTP, a new credential is set up only with an entitlement). Runs
 * inside the request's transaction: if the renewal or setup fails afterwards, the consumption
 * rolls back with it.
 */
public interface RenewalEntitlementProvider extends Provider {

    /**
     * Consumes the entitlement the user presents ({@code proof}: what they typed on the Renew
     * page, e.g. a license key).
     *
     * @return empty when granted (and consumed); otherwise a short machine-readable reason for the
     *         event log (the user is shown one generic message whatever the reason)
     */
    Optional<String> redeem(RealmModel realm, UserModel user, CredentialModel otpCredential, String proof);

    /**
     * Consumes the entitlement to a new OTP credential, which does not exist yet: it is created
     * in the same transaction right after, and the transaction rolls back if that fails.
     *
     * @return empty when granted (and consumed); otherwise a short machine-readable reason
     */
    Optional<String> redeemForNewCredential(RealmModel realm, UserModel user, String proof);

    /**
     * Whether {@code proof} would be granted now, without consuming it: lets the setup page refuse
     * a wrong key before the user scans a QR code. The redemption decides in the end (a key can be
     * used by a concurrent request in between). The default cannot tell and answers granted.
     *
     * @return empty when it would be granted; otherwise a short machine-readable reason
     */
    default Optional<String> check(RealmModel realm, UserModel user, String proof) {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
