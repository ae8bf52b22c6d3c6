package io.mag.keycloak.otp.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ExpiryRemindersTest {

    @Test
    void daysLeftCountsUtcCalendarDaysToTheExpiryDate() {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        assertThat(ExpiryReminders.daysLeft(now, Instant.parse("2026-12-20T12:00:00Z"))).isEqualTo(20);
        // Earlier in the day than now: still the 20th, the date the mail names.
        assertThat(ExpiryReminders.daysLeft(now, Instant.parse("2026-12-20T01:00:00Z"))).isEqualTo(20);
        assertThat(ExpiryReminders.daysLeft(now, Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo(1);
        assertThat(ExpiryReminders.daysLeft(now, Instant.parse("2026-11-30T23:59:59Z"))).isZero();
    }

    @Test
    void daysLeftIsNeverNegative() {
        assertThat(ExpiryReminders.daysLeft(Instant.parse("2026-11-30T12:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"))).isZero();
    }
}
