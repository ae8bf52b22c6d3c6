package io.mag.keycloak.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OtpLevelTest {

    @Test
    void levelTwoOrMoreRequiresOtp() {
        assertThat(OtpLevel.required("2", Map.of())).isTrue();
        assertThat(OtpLevel.required(" 3 ", null)).isTrue();
        assertThat(OtpLevel.required("1", Map.of())).isFalse();
    }

    @Test
    void noMinimumRequiresNothing() {
        assertThat(OtpLevel.required(null, Map.of())).isFalse();
        assertThat(OtpLevel.required("", Map.of())).isFalse();
        assertThat(OtpLevel.required("  ", Map.of())).isFalse();
    }

    @Test
    void acrNamesGoThroughTheMapping() {
        Map<String, Integer> mapping = Map.of("gold", 2, "silver", 1);
        assertThat(OtpLevel.required("gold", mapping)).isTrue();
        assertThat(OtpLevel.required("silver", mapping)).isFalse();
        assertThat(OtpLevel.required("bronze", mapping)).as("unknown name").isFalse();
    }

    @Test
    void anAcrValueIsReadThroughTheMappingBeforeAsANumber() {
        Map<String, Integer> mapping = Map.of("gold", 2, "1", 3);
        assertThat(OtpLevel.levelOf("gold", mapping)).isEqualTo(2);
        assertThat(OtpLevel.levelOf("1", mapping)).as("a mapped number").isEqualTo(3);
        assertThat(OtpLevel.levelOf("2", mapping)).isEqualTo(2);
        assertThat(OtpLevel.levelOf("bronze", mapping)).as("unknown name").isNull();
        assertThat(OtpLevel.levelOf("2", null)).isEqualTo(2);
    }
}
