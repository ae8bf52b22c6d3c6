package io.mag.keycloak.cluster.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 6238's SHA-1 test vectors, cut to the realm's six digits. */
class TotpTest {

    private static final String RFC_SECRET = "12345678901234567890";

    @Test
    void matchesTheRfcVectors() {
        assertThat(Totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
    }
}
