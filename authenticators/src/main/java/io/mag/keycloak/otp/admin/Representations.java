package io.mag.keycloak.otp.admin;

import java.time.Instant;

import io.mag.keycloak.otp.OtpSubscription;
import io.mag.keycloak.otp.SubscriptionCalendar;
import io.mag.keycloak.otp.license.LicenseKeys;

/** JSON bodies of the admin REST. Instants are ISO-8601 UTC strings. */
final class Representations {

    private Representations() {
    }

    /** One OTP credential's subscription; {@code recorded=false}: implicit dates from the credential's createdDate. */
    record Subscription(String credentialId, String userLabel, String activatedAt, String expiresAt,
                        String renewalOpensAt, String renewalClosesAt, String status, boolean recorded) {

        static Subscription of(String userLabel, OtpSubscription s, SubscriptionCalendar calendar, Instant now, boolean recorded) {
            return new Subscription(s.credentialId(), userLabel, s.activatedAt().toString(), s.expiresAt().toString(),
                    calendar.renewalOpensAt(s).toString(), calendar.renewalClosesAt(s).toString(),
                    calendar.status(s, now).name(), recorded);
        }
    }

    /** Body of PUT .../credentials/{credentialId}: both ISO-8601 instants, expiry after activation. */
    record Dates(String activatedAt, String expiresAt) {
    }

    /** A license key: {@code key} only in the answer to its issue. */
    record LicenseKey(String id, String userId, String key, String createdAt, String createdBy, String redeemedAt, String redeemedCredentialId) {

        static LicenseKey issued(LicenseKeys.Issued issued, String createdBy) {
            return new LicenseKey(issued.id(), issued.userId(), issued.key(), Instant.ofEpochMilli(issued.createdAt()).toString(), createdBy, null, null);
        }

        static LicenseKey stored(LicenseKeys.Stored stored) {
            return new LicenseKey(stored.id(), stored.userId(), null, Instant.ofEpochMilli(stored.createdAt()).toString(), stored.createdBy(),
                    stored.redeemedAt() == null ? null : Instant.ofEpochMilli(stored.redeemedAt()).toString(), stored.redeemedCredentialId());
        }
    }

    /** Admin-event representation of a subscription change: ids and dates only. */
    record SubscriptionEvent(String userId, String credentialId, String operation, String activatedAt, String expiresAt) {
    }

    /** Admin-event representation of an issued key: never the key. */
    record LicenseKeyEvent(String id, String userId) {
    }

    /** Answer of a reminder run. */
    record ReminderRun(int sent) {
    }
}
