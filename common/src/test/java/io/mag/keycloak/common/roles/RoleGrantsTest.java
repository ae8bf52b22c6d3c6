package io.mag.keycloak.common.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleGrantsTest {

    @ParameterizedTest
    @EnumSource(MagRole.class)
    @DisplayName("the operator grants every role")
    void operatorGrantsAll(MagRole role) {
        assertThat(RoleGrants.allows(role, true, false, false)).isTrue();
    }

    @Test
    @DisplayName("an Organization Administrator never grants Organization Administrator, even holding it")
    void organizationAdministratorIsOperatorOnly() {
        assertThat(RoleGrants.allows(MagRole.ORGANIZATION_ADMINISTRATOR, false, true, true)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = MagRole.class, names = {"ORGANIZATION_STEWARD", "FIS_ADMINISTRATOR", "ADOPTION_ADMINISTRATOR",
            "SERVICE_PROVIDER_ADMINISTRATOR", "APPLICATION_ADMINISTRATOR"})
    @DisplayName("an Organization Administrator grants a role only when holding it there")
    void administratorGrantsWhatTheyHold(MagRole role) {
        assertThat(RoleGrants.allows(role, false, true, true)).isTrue();
        assertThat(RoleGrants.allows(role, false, true, false)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = MagRole.class, names = {"ORGANIZATION_STEWARD", "FIS_ADMINISTRATOR", "ADOPTION_ADMINISTRATOR",
            "SERVICE_PROVIDER_ADMINISTRATOR", "APPLICATION_ADMINISTRATOR", "USER"})
    @DisplayName("holding a role without being Organization Administrator grants nothing")
    void holdersAloneGrantNothing(MagRole role) {
        assertThat(RoleGrants.allows(role, false, false, true)).isFalse();
    }

    @Test
    @DisplayName("access to an application is granted by its Application Administrator, Organization Administrator or not")
    void accessByApplicationAdministrator() {
        assertThat(RoleGrants.allows(MagRole.APPLICATION_USER, false, false, true)).isTrue();
        assertThat(RoleGrants.allows(MagRole.APPLICATION_USER, false, true, false)).isFalse();
    }
}
