package io.mag.keycloak.stepup;

/** What the step-up does for a user who has no OTP credential at all (a realm's choice). */
enum WithoutActiveOtp {
    /** Explain that the application requires OTP and offer Keycloak's OTP setup right away. */
    OFFER_SETUP,
    /** Explain that the application requires OTP and stop. */
    DENY;

    static WithoutActiveOtp parse(String value) {
        return "deny".equalsIgnoreCase(value) ? DENY : OFFER_SETUP;
    }
}
