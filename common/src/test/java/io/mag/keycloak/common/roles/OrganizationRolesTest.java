package io.mag.keycloak.common.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.common.Profile;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.OrganizationAttributes;

/** The matching rule of OrganizationRoles on mocked models: groups by attribute, membership, enabled organization. */
class OrganizationRolesTest {

    private final KeycloakSession session = mock(KeycloakSession.class);
    private final RealmModel realm = mock(RealmModel.class);
    private final OrganizationProvider provider = mock(OrganizationProvider.class);
    private final UserModel user = mock(UserModel.class);
    private final OrganizationModel northwind = organization("org-1", "northwind", true, true);
    private final OrganizationModel acme = organization("org-2", "acme", true, false);
    private final ClientModel portal = client("client-1", "northwind-portal");
    private final ClientModel sourcing = client("client-2", "northwind-sourcing");
    private OrganizationRoles roles;

    @BeforeAll
    static void defaultFeatures() {
        // AdminPermissionsSchema.runWithoutAuthorization reads the server's feature profile.
        Profile.configure();
    }

    @BeforeEach
    void setUp() {
        KeycloakContext context = mock(KeycloakContext.class);
        when(context.getRealm()).thenReturn(realm);
        when(session.getContext()).thenReturn(context);
        when(session.getProvider(OrganizationProvider.class)).thenReturn(provider);
        when(provider.isEnabled()).thenReturn(true);
        when(provider.getById("org-1")).thenReturn(northwind);
        when(provider.getById("org-2")).thenReturn(acme);
        when(realm.getClientById("client-1")).thenReturn(portal);
        when(user.isEnabled()).thenReturn(true);
        roles = new OrganizationRoles(session, realm);
    }

    private static OrganizationModel organization(String id, String alias, boolean enabled, boolean partner) {
        OrganizationModel organization = mock(OrganizationModel.class);
        when(organization.getId()).thenReturn(id);
        when(organization.getAlias()).thenReturn(alias);
        when(organization.getName()).thenReturn(alias);
        when(organization.isEnabled()).thenReturn(enabled);
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put(OrganizationAttributes.TYPE, List.of(partner ? OrganizationAttributes.TYPE_PARTNER : OrganizationAttributes.TYPE_SUPPLIER));
        when(organization.getAttributes()).thenReturn(attributes);
        return organization;
    }

    private static ClientModel client(String id, String clientId) {
        ClientModel client = mock(ClientModel.class);
        when(client.getId()).thenReturn(id);
        when(client.getClientId()).thenReturn(clientId);
        return client;
    }

    private static GroupModel group(String organizationId, MagRole role, String clientId) {
        GroupModel group = mock(GroupModel.class);
        when(group.getId()).thenReturn(organizationId + "/" + role + "/" + clientId);
        when(group.getFirstAttribute(OrganizationGroups.ORGANIZATION)).thenReturn(organizationId);
        when(group.getFirstAttribute(OrganizationGroups.ROLE)).thenReturn(role.value());
        when(group.getFirstAttribute(OrganizationGroups.CLIENT)).thenReturn(clientId);
        return group;
    }

    private void memberOf(OrganizationModel... organizations) {
        for (OrganizationModel organization : organizations) {
            when(organization.isMember(user)).thenReturn(true);
        }
    }

    private void groups(GroupModel... groups) {
        when(user.getGroupsStream()).thenAnswer(invocation -> Stream.of(groups));
    }

    @Test
    @DisplayName("a role group of the organization, with membership: the role is held there and only there")
    void heldInItsOrganizationOnly() {
        memberOf(northwind, acme);
        groups(group("org-1", MagRole.SERVICE_PROVIDER_ADMINISTRATOR, null), group("org-2", MagRole.ORGANIZATION_STEWARD, null));
        assertThat(roles.holds(user, northwind, MagRole.SERVICE_PROVIDER_ADMINISTRATOR)).isTrue();
        assertThat(roles.holds(user, acme, MagRole.SERVICE_PROVIDER_ADMINISTRATOR)).isFalse();
        assertThat(roles.holds(user, acme, MagRole.ORGANIZATION_STEWARD)).isTrue();
        assertThat(roles.holds(user, northwind, MagRole.ORGANIZATION_STEWARD)).isFalse();
    }

    @Test
    @DisplayName("a group left behind after leaving the organization acts nowhere")
    void staleGroupWithoutMembership() {
        groups(group("org-1", MagRole.ORGANIZATION_ADMINISTRATOR, null));
        assertThat(roles.holds(user, northwind, MagRole.ORGANIZATION_ADMINISTRATOR)).isFalse();
        assertThat(roles.holds(user, northwind, MagRole.USER)).isFalse();
    }

    @Test
    @DisplayName("a disabled organization's roles act nowhere")
    void disabledOrganization() {
        memberOf(northwind);
        groups(group("org-1", MagRole.ORGANIZATION_ADMINISTRATOR, null));
        when(northwind.isEnabled()).thenReturn(false);
        assertThat(roles.holds(user, northwind, MagRole.ORGANIZATION_ADMINISTRATOR)).isFalse();
        assertThat(roles.holds(user, northwind, MagRole.USER)).isFalse();
    }

    @Test
    @DisplayName("partner roles act only in a partner organization")
    void partnerRolesOnlyAtPartners() {
        memberOf(acme);
        groups(group("org-2", MagRole.ADOPTION_ADMINISTRATOR, null));
        assertThat(roles.holds(user, acme, MagRole.ADOPTION_ADMINISTRATOR)).isFalse();
    }

    @Test
    @DisplayName("an Application Administrator administers that application only")
    void applicationAdministratorPerApplication() {
        memberOf(northwind);
        groups(group("org-1", MagRole.APPLICATION_ADMINISTRATOR, "client-1"));
        assertThat(roles.administers(user, northwind, portal)).isTrue();
        assertThat(roles.administers(user, northwind, sourcing)).isFalse();
        assertThat(roles.holds(user, northwind, MagRole.APPLICATION_ADMINISTRATOR)).isTrue();
        assertThat(roles.accessThrough(user, portal)).isEmpty();
    }

    @Test
    @DisplayName("access goes through the organization whose users group for the application the user is in")
    void accessThroughOrganization() {
        memberOf(northwind);
        groups(group("org-1", MagRole.APPLICATION_USER, "client-1"));
        assertThat(roles.accessThrough(user, portal)).contains(northwind);
        assertThat(roles.accessThrough(user, sourcing)).isEmpty();
    }

    @Test
    @DisplayName("rolesOf lists User per organization and the roles of the groups, with their application")
    void rolesOfUser() {
        memberOf(northwind);
        when(provider.getByMember(user)).thenAnswer(invocation -> Stream.of(northwind));
        groups(group("org-1", MagRole.SERVICE_PROVIDER_ADMINISTRATOR, null), group("org-1", MagRole.APPLICATION_ADMINISTRATOR, "client-1"),
                group("org-2", MagRole.ORGANIZATION_ADMINISTRATOR, null));
        assertThat(roles.rolesOf(user)).containsExactly(
                new OrganizationRoles.Held(northwind, MagRole.USER, null),
                new OrganizationRoles.Held(northwind, MagRole.SERVICE_PROVIDER_ADMINISTRATOR, null),
                new OrganizationRoles.Held(northwind, MagRole.APPLICATION_ADMINISTRATOR, portal));
    }

    @Test
    @DisplayName("organizationsWhere finds the organizations in which any of the roles is held")
    void organizationsWhere() {
        memberOf(northwind);
        groups(group("org-1", MagRole.ADOPTION_ADMINISTRATOR, null), group("org-2", MagRole.SERVICE_PROVIDER_ADMINISTRATOR, null));
        assertThat(roles.organizationsWhere(user, MagRole.ADOPTION_ADMINISTRATOR, MagRole.SERVICE_PROVIDER_ADMINISTRATOR))
                .containsExactly(northwind);
    }
}
