package io.mag.keycloak.onboarding.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

class RateLimiterTest {

    /** The store's entries, as Keycloak's SingleUseObjectProvider keeps them (expiry aside). */
    private final Map<String, Map<String, String>> entries = new HashMap<>();
    private RateLimiter limiter;

    @BeforeEach
    void setUp() {
        SingleUseObjectProvider store = mock(SingleUseObjectProvider.class);
        when(store.putIfAbsent(anyString(), anyLong())).thenAnswer(call -> entries.putIfAbsent(call.getArgument(0), Map.of()) == null);
        when(store.get(anyString())).thenAnswer(call -> entries.get(call.<String>getArgument(0)));
        doAnswer(call -> entries.put(call.getArgument(0), call.getArgument(2))).when(store).put(anyString(), anyLong(), anyMap());
        limiter = new RateLimiter(store);
        // The start of a window, so that a test's requests all fall into one.
        Time.setOffset((int) (3600 - Time.currentTime() % 3600));
    }

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    @Test
    void anAddressGetsTheLimitThenIsRefusedForTheRestOfTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("realm", "10.0.0.1", 3, 3600)).as("request %d", i + 1).isTrue();
        }
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 3, 3600)).isFalse();
    }

    @Test
    void addressesAndRealmsAreCountedApart() {
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 1, 3600)).isTrue();
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 1, 3600)).isFalse();
        assertThat(limiter.tryAcquire("realm", "10.0.0.2", 1, 3600)).isTrue();
        assertThat(limiter.tryAcquire("other", "10.0.0.1", 1, 3600)).isTrue();
    }

    @Test
    void theNextWindowStartsAFreshCount() {
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 1, 3600)).isTrue();
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 1, 3600)).isFalse();
        Time.setOffset(Time.getOffset() + 3600);
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 1, 3600)).isTrue();
    }

    @Test
    void raisingTheLimitStartsFreshCounters() {
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 1, 3600)).isTrue();
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 1, 3600)).isFalse();
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 2, 3600)).isTrue();
    }

    @Test
    void aLostHintOnlyCostsTriesNeverAnExtraRequest() {
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 2, 3600)).isTrue();
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 2, 3600)).isTrue();
        entries.keySet().removeIf(key -> key.endsWith(":n"));
        assertThat(limiter.tryAcquire("realm", "10.0.0.1", 2, 3600)).isFalse();
    }

    @Test
    void aLimitOfZeroDisablesTheLimiter() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("realm", "10.0.0.1", 0, 3600)).isTrue();
        }
        assertThat(entries).isEmpty();
    }
}
