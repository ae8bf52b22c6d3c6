package io.mag.keycloak.otp;

import java.time.Instant;

/**
 * The annual subscription of one OTP credential: valid from its activation (purchase) until
 * {@code expiresAt} (exclusive), both in UTC.
 *
 * @param credentialId the Keycloak OTP credential it belongs to
 * @param activatedAt  when the credential was activated (set up)
 * @param expiresAt    first instant at which the credential no longer satisfies OTP-required applications
 */
public record OtpSubscription(String credentialId, Instant activatedAt, Instant expiresAt) {

    public boolean isActiveAt(Instant now) {
        return !now.isBefore(activatedAt) && now.isBefore(expiresAt);
    }
}
