package io.mag.keycloak.otp;

/** Where a subscription stands at a given instant. */
public enum SubscriptionStatus {
    /** Not yet activated (an admin set a future activation date). */
    PENDING,
    /** Valid; the renewal window has not opened yet. */
    ACTIVE,
    /** Valid, and the renewal window is open (renewing now keeps the remaining days). */
    ACTIVE_RENEWABLE,
    /** Expired, but still inside the renewal window: renewing keeps the credential. */
    EXPIRED_RENEWABLE,
    /** Expired and past the renewal window: only a brand-new credential helps. */
    LAPSED;

    public boolean active() {
        return this == ACTIVE || this == ACTIVE_RENEWABLE;
    }

    public boolean renewable() {
        return this == ACTIVE_RENEWABLE || this == EXPIRED_RENEWABLE;
    }
}
