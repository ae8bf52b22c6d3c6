package io.mag.keycloak.common.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.common.Profile;
import org.keycloak.models.GroupModel;
import org.keycloak.models.GroupProvider;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.OrganizationAttributes;

/** The storage rules of OrganizationGroups that need no server: refusals, and leaving by attribute. */
class OrganizationGroupsTest {

    private final KeycloakSession session = mock(KeycloakSession.class);
    private final RealmModel realm = mock(RealmModel.class);
    private final GroupProvider groupProvider = mock(GroupProvider.class);
    private final UserModel user = mock(UserModel.class);
    private final OrganizationModel supplier = mock(OrganizationModel.class);
    private OrganizationGroups groups;

    @BeforeAll
    static void defaultFeatures() {
        Profile.configure();
    }

    @BeforeEach
    void setUp() {
        KeycloakContext context = mock(KeycloakContext.class);
        when(context.getRealm()).thenReturn(realm);
        when(session.getContext()).thenReturn(context);
        when(session.groups()).thenReturn(groupProvider);
        when(supplier.getId()).thenReturn("org-s");
        when(supplier.getAlias()).thenReturn("acme");
        when(supplier.getAttributes()).thenReturn(Map.of(OrganizationAttributes.TYPE, List.of(OrganizationAttributes.TYPE_SUPPLIER)));
        groups = new OrganizationGroups(session, realm);
    }

    @Test
    @DisplayName("joining a role group refuses a user who is no member of the organization, and creates nothing")
    void joinRefusesNonMember() {
        when(supplier.isMember(user)).thenReturn(false);
        assertThatThrownBy(() -> groups.join(user, supplier, MagRole.ORGANIZATION_ADMINISTRATOR))
                .isInstanceOf(OrganizationGroups.NotAMember.class);
        verify(groupProvider, never()).createGroup(any(RealmModel.class), any(String.class));
        verify(user, never()).joinGroup(any());
    }

    @Test
    @DisplayName("a partner role has no group in a supplier organization")
    void partnerRoleRefusedInSupplier() {
        assertThatThrownBy(() -> groups.ensure(supplier, MagRole.SERVICE_PROVIDER_ADMINISTRATOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("application roles are named with their application; organization roles without")
    void roleKindsChecked() {
        assertThatThrownBy(() -> groups.ensure(supplier, MagRole.APPLICATION_ADMINISTRATOR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> groups.ensure(supplier, MagRole.USER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("leaving an organization leaves exactly the groups whose mag.organization is that organization")
    void leaveOrganizationByAttribute() {
        GroupModel mine = group("org-s");
        GroupModel other = group("org-x");
        GroupModel unrelated = group(null);
        when(user.getGroupsStream()).thenAnswer(invocation -> Stream.of(mine, other, unrelated));

        assertThat(groups.leaveOrganization(user, supplier)).isEqualTo(1);
        verify(user).leaveGroup(mine);
        verify(user, never()).leaveGroup(other);
        verify(user, never()).leaveGroup(unrelated);
    }

    private static GroupModel group(String organizationId) {
        GroupModel group = mock(GroupModel.class);
        when(group.getFirstAttribute(OrganizationGroups.ORGANIZATION)).thenReturn(organizationId);
        return group;
    }
}
