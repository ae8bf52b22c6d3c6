package io.mag.keycloak.onboarding.invitation;

import java.util.Locale;

/**
 * Status of an invitation as shown to inviters. PENDING, REGISTERED and REVOKED are stored;
 * EXPIRED is never stored: it is a PENDING invitation whose expiry has passed.
 */
public enum InvitationStatus {
    PENDING,
    REGISTERED,
    REVOKED,
    EXPIRED;

    /** Lower-case name, as in the REST API and the page ({@code pending}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code pending}, {@code PENDING}, ...; null for anything else. */
    public static InvitationStatus parse(String value) {
        if (value == null) {
            return null;
        }
        for (InvitationStatus status : values()) {
            if (status.name().equalsIgnoreCase(value.trim())) {
                return status;
            }
        }
        return null;
    }
}
