package io.mag.keycloak.otp;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The credentialData of a subscription credential ({@value SubscriptionCredentials#TYPE}): the
 * dates of one OTP credential's subscription and which expiry reminders went out. Times are epoch
 * milliseconds (UTC). Unknown properties are ignored so later versions can add some.
 *
 * @param otpCredentialId the OTP credential this subscription belongs to
 * @param activatedAt     activation (purchase)
 * @param expiresAt       expiry (exclusive)
 * @param renewals        how many times it was renewed
 * @param remindedFor     the expiry that {@code reminded} refers to (reminders reset when the expiry moves)
 * @param reminded        reminder periods (days before expiry) already sent for {@code remindedFor}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SubscriptionRecord(String otpCredentialId, long activatedAt, long expiresAt, int renewals, long remindedFor, List<Integer> reminded) {

    SubscriptionRecord {
        reminded = reminded == null ? List.of() : List.copyOf(reminded);
    }

    static SubscriptionRecord of(OtpSubscription subscription) {
        return new SubscriptionRecord(subscription.credentialId(), subscription.activatedAt().toEpochMilli(),
                subscription.expiresAt().toEpochMilli(), 0, 0, List.of());
    }

    OtpSubscription subscription() {
        return new OtpSubscription(otpCredentialId, Instant.ofEpochMilli(activatedAt), Instant.ofEpochMilli(expiresAt));
    }

    /** Reminders already sent for the current expiry. */
    List<Integer> remindersSent() {
        return remindedFor == expiresAt ? reminded : List.of();
    }

    SubscriptionRecord withDates(OtpSubscription subscription, boolean renewal) {
        return new SubscriptionRecord(otpCredentialId, subscription.activatedAt().toEpochMilli(), subscription.expiresAt().toEpochMilli(),
                renewal ? renewals + 1 : renewals, remindedFor, reminded);
    }

    /** Records that the reminders of {@code days} and every longer period were sent for the current expiry. */
    SubscriptionRecord withReminderSent(int days, List<Integer> allReminderDays) {
        List<Integer> sent = allReminderDays.stream().filter(d -> d >= days || remindersSent().contains(d)).sorted().toList();
        return new SubscriptionRecord(otpCredentialId, activatedAt, expiresAt, renewals, expiresAt, sent);
    }
}
