package io.mag.keycloak.onboarding.firstlogin;

import java.util.Map;

/**
 * Whether an application's Keycloak "Minimum ACR value" (client attribute {@code minimum.acr.value})
 * demands OTP: level of authentication 2 or more. The value is either a level ("2") or an ACR name
 * that the client's or realm's ACR-to-LoA mapping turns into one.
 */
final class OtpLevel {

    /** Level of authentication of a one-time password in the gateway's flows. */
    static final int OTP = 2;

    private OtpLevel() {
    }

    static boolean required(String minimumAcr, Map<String, Integer> acrToLoa) {
        if (minimumAcr == null || minimumAcr.isBlank()) {
            return false;
        }
        String value = minimumAcr.trim();
        Integer mapped = acrToLoa == null ? null : acrToLoa.get(value);
        if (mapped != null) {
            return mapped >= OTP;
        }
        try {
            return Integer.parseInt(value) >= OTP;
        } catch (NumberFormatException notALevel) {
            return false;
        }
    }
}
