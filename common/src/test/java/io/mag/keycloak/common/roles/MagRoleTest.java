package io.mag.keycloak.common.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MagRoleTest {

    @Test
    @DisplayName("each role is found again by its mag.role value, and the values are distinct")
    void valuesRoundTrip() {
        for (MagRole role : MagRole.values()) {
            assertThat(MagRole.ofValue(role.value())).contains(role);
        }
        assertThat(Arrays.stream(MagRole.values()).map(MagRole::value).distinct()).hasSize(MagRole.values().length);
    }

    @Test
    @DisplayName("structural group values and unknown values name no role")
    void structuralValuesAreNoRoles() {
        assertThat(MagRole.ofValue(OrganizationGroups.APPLICATIONS_VALUE)).isEmpty();
        assertThat(MagRole.ofValue(OrganizationGroups.APPLICATION_VALUE)).isEmpty();
        assertThat(MagRole.ofValue("mag-organization-administrator")).isEmpty();
        assertThat(MagRole.ofValue(null)).isEmpty();
    }

    @Test
    @DisplayName("the group layout: User has no group, partner and application roles are marked")
    void layout() {
        assertThat(MagRole.USER.hasGroup()).isFalse();
        assertThat(MagRole.ORGANIZATION_ADMINISTRATOR.groupName()).isEqualTo("organization-administrators");
        assertThat(MagRole.ORGANIZATION_ADMINISTRATOR.value()).isEqualTo("organization-administrator");
        assertThat(MagRole.SERVICE_PROVIDER_ADMINISTRATOR.groupName()).isEqualTo("service-provider-administrators");
        assertThat(MagRole.SERVICE_PROVIDER_ADMINISTRATOR.partnerOnly()).isTrue();
        assertThat(MagRole.ADOPTION_ADMINISTRATOR.partnerOnly()).isTrue();
        assertThat(MagRole.APPLICATION_ADMINISTRATOR.perApplication()).isTrue();
        assertThat(MagRole.APPLICATION_ADMINISTRATOR.groupName()).isEqualTo("administrators");
        assertThat(MagRole.APPLICATION_USER.groupName()).isEqualTo("users");
        assertThat(MagRole.ORGANIZATION_STEWARD.perApplication()).isFalse();
        assertThat(MagRole.FIS_ADMINISTRATOR.partnerOnly()).isFalse();
    }
}
