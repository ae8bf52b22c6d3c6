package io.mag.keycloak.onboarding.firstlogin;

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
}
