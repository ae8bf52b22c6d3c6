package io.mag.keycloak.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubscriptionCalendarTest {

    private static final List<Integer> REMINDERS = List.of(30, 7);
    private final SubscriptionCalendar calendar = new SubscriptionCalendar(RenewalPolicy.DEFAULT);

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    private static OtpSubscription activated(String iso) {
        return SubscriptionCalendar.activatedAt("cred", at(iso));
    }

    @Nested
    @DisplayName("expiry")
    class Expiry {
        @Test
        void oneCalendarYearInUtc() {
            assertThat(activated("2026-03-10T15:30:00Z").expiresAt()).isEqualTo(at("2027-03-10T15:30:00Z"));
        }

        @Test
        void leapDayExpiresOnTheLastDayOfFebruary() {
            assertThat(activated("2024-02-29T08:00:00Z").expiresAt()).isEqualTo(at("2025-02-28T08:00:00Z"));
        }

        @Test
        void yearAcrossALeapDayHas366Days() {
            assertThat(activated("2027-03-01T00:00:00Z").expiresAt()).isEqualTo(at("2028-03-01T00:00:00Z"));
        }
    }

    @Nested
    @DisplayName("status and renewal window")
    class Window {
        private final OtpSubscription sub = activated("2026-01-15T12:00:00Z"); // expires 2027-01-15T12:00Z

        @Test
        void activeBeforeTheWindowOpens() {
            assertThat(calendar.status(sub, at("2026-12-16T11:59:59Z"))).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(calendar.canRenew(sub, at("2026-12-16T11:59:59Z"))).isFalse();
        }

        @Test
        void windowOpensThirtyDaysBeforeExpiry() {
            assertThat(calendar.renewalOpensAt(sub)).isEqualTo(at("2026-12-16T12:00:00Z"));
            assertThat(calendar.status(sub, at("2026-12-16T12:00:00Z"))).isEqualTo(SubscriptionStatus.ACTIVE_RENEWABLE);
        }

        @Test
        void expiryInstantIsExclusive() {
            assertThat(calendar.status(sub, at("2027-01-15T11:59:59Z"))).isEqualTo(SubscriptionStatus.ACTIVE_RENEWABLE);
            assertThat(calendar.status(sub, at("2027-01-15T12:00:00Z"))).isEqualTo(SubscriptionStatus.EXPIRED_RENEWABLE);
            assertThat(sub.isActiveAt(at("2027-01-15T12:00:00Z"))).isFalse();
        }

        @Test
        void windowClosesTwelveMonthsAfterExpiry() {
            assertThat(calendar.renewalClosesAt(sub)).isEqualTo(at("2028-01-15T12:00:00Z"));
            assertThat(calendar.status(sub, at("2028-01-15T11:59:59Z"))).isEqualTo(SubscriptionStatus.EXPIRED_RENEWABLE);
            assertThat(calendar.status(sub, at("2028-01-15T12:00:00Z"))).isEqualTo(SubscriptionStatus.LAPSED);
            assertThat(calendar.canRenew(sub, at("2028-01-15T12:00:00Z"))).isFalse();
        }

        @Test
        void pendingBeforeActivation() {
            assertThat(calendar.status(sub, at("2026-01-15T11:00:00Z"))).isEqualTo(SubscriptionStatus.PENDING);
        }

        @Test
        void boundsComeFromThePolicy() {
            SubscriptionCalendar custom = new SubscriptionCalendar(new RenewalPolicy(60, 3));
            assertThat(custom.renewalOpensAt(sub)).isEqualTo(at("2026-11-16T12:00:00Z"));
            assertThat(custom.renewalClosesAt(sub)).isEqualTo(at("2027-04-15T12:00:00Z"));
        }

        @Test
        void negativeBoundsAreRejected() {
            assertThatThrownBy(() -> new RenewalPolicy(-1, 12)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("renewal")
    class Renewal {
        private final OtpSubscription sub = activated("2026-01-15T12:00:00Z");

        @Test
        void onTimeExtendsFromTheOldExpiry() {
            OtpSubscription renewed = calendar.renewed(sub, at("2026-12-20T09:00:00Z"));
            assertThat(renewed.expiresAt()).isEqualTo(at("2028-01-15T12:00:00Z"));
            assertThat(renewed.activatedAt()).isEqualTo(sub.activatedAt());
            assertThat(renewed.credentialId()).isEqualTo("cred");
        }

        @Test
        void lateStartsAFullYearAtTheRenewal() {
            OtpSubscription renewed = calendar.renewed(sub, at("2027-06-01T00:00:00Z"));
            assertThat(renewed.expiresAt()).isEqualTo(at("2028-06-01T00:00:00Z"));
        }

        @Test
        void renewedSubscriptionIsOutsideTheWindow() {
            Instant now = at("2026-12-20T09:00:00Z");
            assertThat(calendar.canRenew(calendar.renewed(sub, now), now)).isFalse();
        }

        @Test
        void leapDayExpiryRenewsToFebruary28() {
            OtpSubscription leap = new OtpSubscription("c", at("2023-02-28T00:00:00Z"), at("2024-02-29T00:00:00Z"));
            assertThat(calendar.renewed(leap, at("2024-02-20T00:00:00Z")).expiresAt()).isEqualTo(at("2025-02-28T00:00:00Z"));
        }
    }

    @Nested
    @DisplayName("reminders")
    class Reminders {
        private final OtpSubscription sub = activated("2026-01-15T12:00:00Z"); // expires 2027-01-15T12:00Z

        @Test
        void noneBeforeThirtyDays() {
            assertThat(calendar.dueReminder(sub, at("2026-12-16T11:59:59Z"), REMINDERS, Set.of())).isEmpty();
        }

        @Test
        void thirtyDayReminderOnceItsPeriodBegins() {
            assertThat(calendar.dueReminder(sub, at("2026-12-16T12:00:00Z"), REMINDERS, Set.of())).contains(30);
            assertThat(calendar.dueReminder(sub, at("2026-12-20T00:00:00Z"), REMINDERS, Set.of(30))).isEmpty();
        }

        @Test
        void sevenDayReminderAfterTheThirtyDayOne() {
            assertThat(calendar.dueReminder(sub, at("2027-01-08T12:00:00Z"), REMINDERS, Set.of(30))).contains(7);
            assertThat(calendar.dueReminder(sub, at("2027-01-10T00:00:00Z"), REMINDERS, Set.of(30, 7))).isEmpty();
        }

        @Test
        void missedThirtyDayReminderIsNotSentLate() {
            assertThat(calendar.dueReminder(sub, at("2027-01-10T00:00:00Z"), REMINDERS, Set.of())).contains(7);
            assertThat(calendar.dueReminder(sub, at("2027-01-10T00:00:00Z"), REMINDERS, Set.of(7))).isEmpty();
        }

        @Test
        void noneOnceExpired() {
            assertThat(calendar.dueReminder(sub, at("2027-01-15T12:00:00Z"), REMINDERS, Set.of())).isEmpty();
        }
    }
}
