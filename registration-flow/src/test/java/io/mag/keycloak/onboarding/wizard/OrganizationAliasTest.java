package io.mag.keycloak.onboarding.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationAliasTest {

    @Test
    void theNameBecomesALowerCaseSlugWithARandomTail() {
        assertThat(OrganizationAlias.of("Acme Parts & Co., Ltd.")).matches("acme-parts-co-ltd-[0-9a-f]{6}");
    }

    @Test
    void accentsAreFoldedAndOtherScriptsDropped() {
        assertThat(OrganizationAlias.of("Société Générale Ü")).matches("societe-generale-u-[0-9a-f]{6}");
        assertThat(OrganizationAlias.of("株式会社")).as("nothing ASCII is left").matches("org-[0-9a-f]{6}");
    }

    @Test
    void aLongNameIsCutToFortyCharactersWithoutATrailingDash() {
        String alias = OrganizationAlias.of("International Aerospace Components and Precision Machining Group");
        String slug = alias.substring(0, alias.length() - 7);
        assertThat(slug).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-").startsWith("international-aerospace-components-and");
    }

    @Test
    void twoOrganizationsWithTheSameNameGetDifferentAliases() {
        assertThat(OrganizationAlias.of("Acme")).isNotEqualTo(OrganizationAlias.of("Acme"));
    }
}
