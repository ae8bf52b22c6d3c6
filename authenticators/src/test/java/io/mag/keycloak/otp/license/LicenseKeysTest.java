package io.mag.keycloak.otp.license;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicenseKeysTest {

    @Test
    void formatsInGroupsOfFive() {
        assertThat(LicenseKeys.format("ABCDEFGHJKMNPQRSTUVWXYZ23")).isEqualTo("ABCDE-FGHJK-MNPQR-STUVW-XYZ23");
    }

    @Test
    void hashIgnoresCaseSpacesAndDashes() {
        assertThat(LicenseKeys.hash(" abcde-fghjk mnpqr ")).isEqualTo(LicenseKeys.hash("ABCDEFGHJKMNPQR"));
        assertThat(LicenseKeys.hash("ABCDE")).hasSize(64).isNotEqualTo(LicenseKeys.hash("ABCDF"));
    }

    @Test
    void overlongOrMissingInputIsEmpty() {
        assertThat(LicenseKeys.normalize(null)).isEmpty();
        assertThat(LicenseKeys.normalize("A".repeat(101))).isEmpty();
    }
}
