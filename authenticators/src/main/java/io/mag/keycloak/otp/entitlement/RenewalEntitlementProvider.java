package io.mag.keycloak.otp.entitlement;

import java.util.Optional;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * Decides whether the user holds an entitlement to renew one OTP credential's subscription, and
 * consumes it. Runs inside the renewing request's transaction: if the renewal fails afterwards,
 * the consumption rolls back with it.
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

    @Override
    default void close() {
    }
}
