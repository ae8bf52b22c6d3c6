package io.mag.keycloak.otp;

import java.time.Instant;
import java.util.Optional;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;

import io.mag.keycloak.connection.eligibility.ConnectionCandidate;
import io.mag.keycloak.connection.eligibility.EligibilityRule;

/**
 * The child has no active credential but its password ("child accounts cannot have any active
 * credentials attached to them"): a connected child can no longer sign in, so an active OTP
 * subscription, WebAuthn key, set of recovery codes or user-federation credential would be lost.
 *
 * <p>It lives with the OTP subscriptions because only they know when an OTP credential stops
 * being active: an OTP credential whose subscription has ended (lapsed or expired) is no longer
 * active, nor is a subscription record left behind by a deleted OTP credential. An OTP credential
 * whose subscription starts later counts as active: it was paid for.
 */
public final class PasswordOnlyRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-password-only";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        UserModel child = candidate.child();
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        boolean storedActive = child.credentialManager().getStoredCredentialsStream()
                .anyMatch(credential -> isActive(candidate, credential, now));
        boolean federatedActive = child.credentialManager().getConfiguredUserStorageCredentialTypesStream()
                .anyMatch(type -> !PasswordCredentialModel.TYPE.equals(type));
        return storedActive || federatedActive ? Optional.of("magConnectRefusedCredentials") : Optional.empty();
    }

    private static boolean isActive(ConnectionCandidate candidate, CredentialModel credential, Instant now) {
        String type = credential.getType();
        if (PasswordCredentialModel.TYPE.equals(type) || SubscriptionCredentials.TYPE.equals(type)) {
            // The password is what the rule allows; a subscription record is bookkeeping of an
            // OTP credential, never a credential one signs in with.
            return false;
        }
        if (OTPCredentialModel.TYPE.equals(type)) {
            return OtpSubscriptions.standard().of(candidate.session(), candidate.realm(), candidate.child(), credential)
                    .map(subscription -> now.isBefore(subscription.expiresAt()))
                    .orElse(false);
        }
        return true;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
