package io.mag.keycloak.otp;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.keycloak.credential.CredentialModel;

/** Which expiry reminder is due for an OTP credential, and recording that it went out (in its subscription credential). */
public final class SubscriptionReminders {

    private final SubscriptionCredentials store;
    private final List<Integer> reminderDays;

    public SubscriptionReminders(SubscriptionCredentials store, List<Integer> reminderDays) {
        this.store = store;
        this.reminderDays = List.copyOf(reminderDays);
    }

    public Optional<Integer> due(CredentialModel otp, SubscriptionCalendar calendar, Instant now) {
        return store.record(otp).flatMap(record ->
                calendar.dueReminder(record.subscription(), now, reminderDays, new HashSet<>(record.remindersSent())));
    }

    /** Marks the reminder of {@code days} (and every longer one, which is no longer useful) as sent for the current expiry. */
    public void markSent(CredentialModel otp, int days) {
        store.record(otp).ifPresent(record -> store.save(record.withReminderSent(days, reminderDays)));
    }
}
