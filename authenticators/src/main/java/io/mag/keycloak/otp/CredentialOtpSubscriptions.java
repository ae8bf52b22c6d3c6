package io.mag.keycloak.otp;

import java.util.Optional;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * {@link OtpSubscriptions} over {@link SubscriptionCredentials}: reads the user's stored
 * credentials, which Keycloak loads in one query and keeps in the user cache, so the check costs
 * no query beyond Keycloak's own OTP validation. Stateless.
 */
final class CredentialOtpSubscriptions implements OtpSubscriptions {

    static final OtpSubscriptions INSTANCE = new CredentialOtpSubscriptions();

    private CredentialOtpSubscriptions() {
    }

    @Override
    public Optional<OtpSubscription> of(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel otpCredential) {
        return new SubscriptionCredentials(user).subscriptionOf(otpCredential);
    }
}
