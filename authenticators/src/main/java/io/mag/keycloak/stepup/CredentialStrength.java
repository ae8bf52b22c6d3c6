package io.mag.keycloak.stepup;

import io.mag.keycloak.common.OtpLevel;

/**
 * The gateway's readable name for a level of authentication (Keycloak's LoA, the {@code acr}
 * claim): level 1 is a password, level 2 a one-time password.
 */
public enum CredentialStrength {
    PASSWORD("password"),
    OTP("otp");

    private final String claimValue;

    CredentialStrength(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    public static CredentialStrength ofLevel(int levelOfAuthentication) {
        return levelOfAuthentication >= OtpLevel.OTP ? OTP : PASSWORD;
    }
}
