package io.mag.keycloak.otp.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.keycloak.Config;

class ExpiryReminderSchedulerTest {

    private static Config.Scope scope(String option, Long value) {
        Config.Scope scope = mock(Config.Scope.class);
        when(scope.getLong(option)).thenReturn(value);
        return scope;
    }

    @Test
    void theIntervalOptionWins() {
        assertThat(ExpiryReminderScheduler.intervalMinutes(scope("interval-minutes", 5L), scope("reminder-interval-minutes", 7L)))
                .isEqualTo(5);
    }

    @Test
    void theFormerOptionStillWorksWhenTheNewOneIsNotSet() {
        assertThat(ExpiryReminderScheduler.intervalMinutes(scope("interval-minutes", null), scope("reminder-interval-minutes", 7L)))
                .isEqualTo(7);
        assertThat(ExpiryReminderScheduler.intervalMinutes(scope("interval-minutes", null), scope("reminder-interval-minutes", 0L)))
                .as("0 disables").isZero();
    }

    @Test
    void withoutEitherOrWithANegativeValueTheIntervalIsAnHour() {
        assertThat(ExpiryReminderScheduler.intervalMinutes(scope("interval-minutes", null), scope("reminder-interval-minutes", null)))
                .isEqualTo(60);
        assertThat(ExpiryReminderScheduler.intervalMinutes(scope("interval-minutes", -1L), null)).isEqualTo(60);
    }
}
