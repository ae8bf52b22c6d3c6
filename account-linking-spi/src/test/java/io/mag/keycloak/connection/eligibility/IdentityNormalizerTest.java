package io.mag.keycloak.connection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityNormalizerTest {

    @Test
    void ignoresCaseAndSurroundingWhitespace() {
        assertThat(IdentityNormalizer.same("  Alex ", "alex")).isTrue();
        assertThat(IdentityNormalizer.same("ALEX@Supplier.Example", "alex@supplier.example")).isTrue();
    }

    @Test
    void collapsesInnerWhitespace() {
        assertThat(IdentityNormalizer.same("Mary  Ann", "mary ann")).isTrue();
        assertThat(IdentityNormalizer.same("Mary\tAnn", "Mary Ann")).isTrue();
    }

    @Test
    void composedAndDecomposedAccentsAreEqual() {
        assertThat(IdentityNormalizer.same("Jos\u00e9", "Jose\u0301")).isTrue();
    }

    @Test
    void fullWidthLettersEqualTheirAsciiForm() {
        assertThat(IdentityNormalizer.same("\uff21\uff4c\uff45\uff58", "Alex")).isTrue();
    }

    @Test
    void differentNamesDiffer() {
        assertThat(IdentityNormalizer.same("Alex", "Alexa")).isFalse();
        assertThat(IdentityNormalizer.same("Jose", "Jos\u00e9")).as("an accent is a different letter").isFalse();
    }

    @Test
    void missingOrBlankValuesNeverMatch() {
        assertThat(IdentityNormalizer.same(null, null)).isFalse();
        assertThat(IdentityNormalizer.same("", "")).isFalse();
        assertThat(IdentityNormalizer.same("  ", null)).isFalse();
    }
}
