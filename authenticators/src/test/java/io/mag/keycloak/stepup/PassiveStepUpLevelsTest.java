package io.mag.keycloak.stepup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The level computations the passive step-up executor repeats from Keycloak (see its javadoc). */
class PassiveStepUpLevelsTest {

    private static final Map<String, Integer> ACR_TO_LOA = Map.of("silver", 1, "gold", 2);

    @Test
    void theRequestedLevelIsTheLowestOfTheAcrValues() {
        assertThat(PassiveStepUpExecutor.lowestLevel(List.of("gold", "silver"), ACR_TO_LOA, false)).hasValue(1);
        assertThat(PassiveStepUpExecutor.lowestLevel(List.of("gold"), ACR_TO_LOA, false)).hasValue(2);
        assertThat(PassiveStepUpExecutor.lowestLevel(List.of("2", "3"), Map.of(), false)).as("levels as numbers").hasValue(2);
    }

    @Test
    void anUnknownAcrValueCountsAsTheMinimumLevelUnlessEssential() {
        assertThat(PassiveStepUpExecutor.lowestLevel(List.of("gold", "platinum"), ACR_TO_LOA, false)).hasValue(0);
        assertThat(PassiveStepUpExecutor.lowestLevel(List.of("gold", "platinum"), ACR_TO_LOA, true))
                .as("Keycloak refuses an unknown essential acr itself").isEmpty();
    }

    @Test
    void noAcrValuesRequestNoLevel() {
        assertThat(PassiveStepUpExecutor.lowestLevel(List.of(), ACR_TO_LOA, false)).isEqualTo(OptionalInt.empty());
    }

    @Test
    void theReachedLevelIsTheHighestStillWithinItsMaxAge() {
        TreeMap<Integer, Integer> reachedAt = new TreeMap<>(Map.of(1, 1000, 2, 1500));
        Map<Integer, Integer> maxAges = Map.of(1, 36000, 2, 300);
        assertThat(PassiveStepUpExecutor.highestLevelWithinMaxAge(reachedAt, maxAges, 1800)).isEqualTo(2);
        assertThat(PassiveStepUpExecutor.highestLevelWithinMaxAge(reachedAt, maxAges, 1801)).as("OTP max age passed").isEqualTo(1);
    }

    @Test
    void aLowerLevelPastItsMaxAgeEndsTheClimb() {
        TreeMap<Integer, Integer> reachedAt = new TreeMap<>(Map.of(1, 1000, 2, 1500));
        Map<Integer, Integer> maxAges = Map.of(1, 100, 2, 36000);
        assertThat(PassiveStepUpExecutor.highestLevelWithinMaxAge(reachedAt, maxAges, 1200)).isEqualTo(0);
    }

    @Test
    void aLevelWithoutAConfiguredMaxAgeLastsNoLongerThanItsSecond() {
        TreeMap<Integer, Integer> reachedAt = new TreeMap<>(Map.of(1, 1000));
        assertThat(PassiveStepUpExecutor.highestLevelWithinMaxAge(reachedAt, Map.of(), 1000)).isEqualTo(1);
        assertThat(PassiveStepUpExecutor.highestLevelWithinMaxAge(reachedAt, Map.of(), 1001)).isEqualTo(0);
    }
}
