package io.mag.keycloak.onboarding.invitation.invite;

import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/**
 * How long an invitation link is valid: the realm attribute {@value #VALIDITY_DAYS} (the realm
 * file sets 30), a whole number of days from 1 to 365; anything else falls back to 30 (logged).
 */
final class InvitationSettings {

    private static final Logger LOG = Logger.getLogger(InvitationSettings.class);

    static final String VALIDITY_DAYS = "magInvitationValidityDays";
    static final int DEFAULT_VALIDITY_DAYS = 30;
    static final int MAX_VALIDITY_DAYS = 365;

    private InvitationSettings() {
    }

    static int validityDays(RealmModel realm) {
        return validityDays(realm.getAttribute(VALIDITY_DAYS));
    }

    static int validityDays(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_VALIDITY_DAYS;
        }
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 1 && days <= MAX_VALIDITY_DAYS) {
                return days;
            }
        } catch (NumberFormatException ignored) {
            // logged below
        }
        LOG.warnf("Realm attribute %s=%s is not a number of days from 1 to %d: using %d", VALIDITY_DAYS, value,
                MAX_VALIDITY_DAYS, DEFAULT_VALIDITY_DAYS);
        return DEFAULT_VALIDITY_DAYS;
    }

    /** Expiry (epoch seconds) of a link issued at {@code now}. */
    static long expiry(RealmModel realm, long now) {
        return now + validityDays(realm) * 86_400L;
    }
}
