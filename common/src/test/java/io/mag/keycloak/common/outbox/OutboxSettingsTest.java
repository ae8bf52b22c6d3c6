package io.mag.keycloak.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.keycloak.Config;

class OutboxSettingsTest {

    @Test
    void withoutOptionsTheDefaults() {
        assertThat(OutboxSettings.from(null)).isEqualTo(new OutboxSettings(60, 120, 10, 7));
    }

    @Test
    void optionsAreReadAndNonsenseIsBounded() {
        Config.Scope scope = mock(Config.Scope.class);
        when(scope.getLong(eq(OutboxSettings.RESEND_INTERVAL_SECONDS), anyLong())).thenReturn(3L);
        when(scope.getLong(eq(OutboxSettings.GRACE_SECONDS), anyLong())).thenReturn(-5L);
        when(scope.getInt(eq(OutboxSettings.MAX_ATTEMPTS), anyInt())).thenReturn(0);
        when(scope.getInt(eq(OutboxSettings.RETENTION_DAYS), anyInt())).thenReturn(30);

        OutboxSettings settings = OutboxSettings.from(scope);

        assertThat(settings).isEqualTo(new OutboxSettings(3, 0, 1, 30));
        assertThat(settings.graceMillis()).isZero();
    }
}
