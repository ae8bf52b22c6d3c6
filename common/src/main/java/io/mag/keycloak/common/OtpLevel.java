package io.mag.keycloak.common;

import java.util.Map;

/**
 * The gateway's levels of authentication (Keycloak's LoA, the {@code acr} claim): 1 is a password,
 * 2 a one-time password. An acr value is either a level ("2") or a name that the client's or
 * realm's ACR-to-LoA mapping turns into one.
 */
public final class OtpLevel {

    /** Level of authentication of a password. */
    public static final int PASSWORD = 1;
    /** Level of authentication of a one-time password: what OTP-required applications demand. */
    public static final int OTP = 2;

    private OtpLevel() {
    }

    /**
     * The level an acr value stands for, as Keycloak reads it: through the mapping first, else as
     * a number. Null when it is neither (an unknown name).
     */
    public static Integer levelOf(String acr, Map<String, Integer> acrToLoa) {
        Integer mapped = acrToLoa == null ? null : acrToLoa.get(acr);
        if (mapped != null) {
            return mapped;
        }
        try {
            return Integer.parseInt(acr);
        } catch (NumberFormatException notALevel) {
            return null;
        }
    }

    /**
     * Whether an application's Keycloak "Minimum ACR value" (client attribute
     * {@code minimum.acr.value}) demands OTP: level of authentication 2 or more.
     */
    public static boolean required(String minimumAcr, Map<String, Integer> acrToLoa) {
        if (minimumAcr == null || minimumAcr.isBlank()) {
            return false;
        }
        Integer level = levelOf(minimumAcr.trim(), acrToLoa);
        return level != null && level >= OTP;
    }
}
