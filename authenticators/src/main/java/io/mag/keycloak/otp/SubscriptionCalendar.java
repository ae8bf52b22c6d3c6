package io.mag.keycloak.otp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The date rules of OTP subscriptions, all in UTC, pure (no Keycloak): the seed's "valid one year
 * from the date of purchase, the renewal period lasts 12 months; after 12 months a brand-new
 * credential".
 *
 * <ul>
 *   <li>A subscription activated at {@code a} expires at {@code a + 1 year} (calendar arithmetic in
 *       UTC: 2024-02-29 + 1 year = 2025-02-28, never a day more than a year).</li>
 *   <li>The renewal window opens {@link RenewalPolicy#opensDaysBeforeExpiry()} days before expiry
 *       and closes {@link RenewalPolicy#closesMonthsAfterExpiry()} months after it (exclusive).</li>
 *   <li>A renewal extends validity by one year from the old expiry if it is still in the future
 *       (renewing on time loses no day), otherwise from the renewal instant (an expired
 *       credential is valid again for a full year from when it is renewed).</li>
 *   <li>Expiry reminders are due from {@code d} days before expiry until expiry, once per
 *       subscription year (a year is identified by its expiry instant).</li>
 * </ul>
 */
public final class SubscriptionCalendar {

    private final RenewalPolicy policy;

    public SubscriptionCalendar(RenewalPolicy policy) {
        this.policy = policy;
    }

    /** The expiry of a subscription activated (purchased) at {@code activatedAt}. */
    public static Instant expiryFor(Instant activatedAt) {
        return utc(activatedAt).plusYears(1).toInstant();
    }

    /** A new subscription activated at {@code activatedAt}. */
    public static OtpSubscription activatedAt(String credentialId, Instant activatedAt) {
        return new OtpSubscription(credentialId, activatedAt, expiryFor(activatedAt));
    }

    public Instant renewalOpensAt(OtpSubscription subscription) {
        return utc(subscription.expiresAt()).minusDays(policy.opensDaysBeforeExpiry()).toInstant();
    }

    /** First instant at which renewing is no longer possible. */
    public Instant renewalClosesAt(OtpSubscription subscription) {
        return utc(subscription.expiresAt()).plusMonths(policy.closesMonthsAfterExpiry()).toInstant();
    }

    public SubscriptionStatus status(OtpSubscription subscription, Instant now) {
        if (now.isBefore(subscription.activatedAt())) {
            return SubscriptionStatus.PENDING;
        }
        if (now.isBefore(subscription.expiresAt())) {
            return now.isBefore(renewalOpensAt(subscription)) ? SubscriptionStatus.ACTIVE : SubscriptionStatus.ACTIVE_RENEWABLE;
        }
        return now.isBefore(renewalClosesAt(subscription)) ? SubscriptionStatus.EXPIRED_RENEWABLE : SubscriptionStatus.LAPSED;
    }

    public boolean canRenew(OtpSubscription subscription, Instant now) {
        return status(subscription, now).renewable();
    }

    /** The subscription after a renewal at {@code now}; same credential, same activation date. */
    public OtpSubscription renewed(OtpSubscription subscription, Instant now) {
        Instant from = subscription.expiresAt().isAfter(now) ? subscription.expiresAt() : now;
        return new OtpSubscription(subscription.credentialId(), subscription.activatedAt(), utc(from).plusYears(1).toInstant());
    }

    /**
     * The reminder to send now, if any: the smallest {@code days} of {@code reminderDays} whose
     * period has begun (expiry minus {@code days}), provided the subscription is active and that
     * reminder was not yet sent for this expiry. If the 30-day reminder was missed (the task did
     * not run), only the 7-day one is sent: the caller marks every reminder up to it as sent.
     *
     * @param alreadySent reminder periods (in days) already sent for this subscription's expiry
     */
    public Optional<Integer> dueReminder(OtpSubscription subscription, Instant now, Collection<Integer> reminderDays, Set<Integer> alreadySent) {
        if (!status(subscription, now).active()) {
            return Optional.empty();
        }
        return reminderDays.stream()
                .filter(days -> !now.isBefore(utc(subscription.expiresAt()).minusDays(days).toInstant()))
                .min(Comparator.naturalOrder())
                .filter(days -> !alreadySent.contains(days));
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
