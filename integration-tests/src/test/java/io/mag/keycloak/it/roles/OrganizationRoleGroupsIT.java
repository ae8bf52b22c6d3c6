package io.mag.keycloak.it.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.InvitationsApi;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Roles held for an organization, as groups under {@code /mag-organizations/<alias>}: a role acts
 * only in its organization, the groups follow Keycloak's organizations whatever changes them
 * (here the admin REST API, as the admin console uses it), and only partners have partner roles.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OrganizationRoleGroupsIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String contact(String who) {
        return who + "-" + tag + "@roles.example";
    }

    @Test
    @DisplayName("a Service Provider Administrator acts for their own partner only; the same group of another partner gives nothing at Northwind")
    void partnerRoleActsOnlyInItsOrganization() {
        InvitationsApi api = new InvitationsApi(realm);
        Partners partners = new Partners(realm);
        TestUsers users = new TestUsers(realm);
        String spAdminToken = api.token(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
        HttpResponse<String> northwind = api.create("Roles Nw " + tag, contact("nw"), List.of("northwind-sourcing"), spAdminToken);
        assertThat(northwind.statusCode()).as(northwind.body()).isEqualTo(201);
        String northwindInvitation = ConnectionsApi.json(northwind).path("id").asText();

        String otherAlias = "other-roles-" + tag;
        String otherId = partners.createOrganization("Other Roles " + tag, otherAlias, otherAlias + ".example", "partner");
        String otherAdmin = users.create("otheradmin", "otheradmin");
        partners.addMember(otherId, otherAdmin);
        partners.grantRole(otherAdmin, otherAlias, RoleGroups.SERVICE_PROVIDER_ADMINISTRATORS);
        String otherToken = api.token(users.username("otheradmin"), TestUsers.PASSWORD);

        assertThat(api.get("", otherToken).statusCode()).as("an inviter of their own partner").isEqualTo(200);
        HttpResponse<String> shareNorthwinds = api.create("Roles Other " + tag, contact("other"), List.of("northwind-sourcing"), otherToken);
        assertThat(shareNorthwinds.statusCode()).as(shareNorthwinds.body()).isEqualTo(400);
        assertThat(ConnectionsApi.json(api.get("applications", otherToken))).isEmpty();
        assertThat(api.get(northwindInvitation, otherToken).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a user removed from the organization leaves its role groups, and the role acts no more")
    void leavingTheOrganizationLeavesItsGroups() {
        InvitationsApi api = new InvitationsApi(realm);
        Partners partners = new Partners(realm);
        TestUsers users = new TestUsers(realm);
        RoleGroups roleGroups = new RoleGroups(realm);
        String northwindId = partners.demoPartnerId();
        String userId = users.create("leaver", "leaver");
        partners.addMember(northwindId, userId);
        partners.grantRole(userId, Partners.DEMO_PARTNER_ALIAS, RoleGroups.ADOPTION_ADMINISTRATORS);
        String token = api.token(users.username("leaver"), TestUsers.PASSWORD);
        assertThat(api.get("", token).statusCode()).isEqualTo(200);
        assertThat(roleGroups.paths(userId)).contains(RoleGroups.path(Partners.DEMO_PARTNER_ALIAS, RoleGroups.ADOPTION_ADMINISTRATORS));

        try (Response removed = realm.admin().organizations().get(northwindId).members().member(userId).delete()) {
            assertThat(removed.getStatus()).isEqualTo(204);
        }

        assertThat(roleGroups.paths(userId)).noneMatch(path -> path.startsWith("/mag-organizations/"));
        assertThat(api.get("", token).statusCode()).as("the same token, no longer an inviter").isEqualTo(403);
    }

    @Test
    @DisplayName("an organization gets its role groups with its first member, partner roles only for a partner, and removing it removes the tree")
    void organizationTreeFollowsTheOrganization() {
        Partners partners = new Partners(realm);
        TestUsers users = new TestUsers(realm);
        RoleGroups roleGroups = new RoleGroups(realm);
        String alias = "gone-" + tag;
        String organizationId = partners.createOrganization("Gone " + tag, alias, alias + ".example", "supplier");
        partners.addMember(organizationId, users.create("gonemember", "gonemember"));

        GroupRepresentation tree = roleGroups.group("/mag-organizations/" + alias);
        assertThat(tree.getAttributes()).containsEntry("mag.organization", List.of(organizationId));
        GroupRepresentation administrators = roleGroups.group(RoleGroups.path(alias, RoleGroups.ORGANIZATION_ADMINISTRATORS));
        assertThat(administrators.getAttributes())
                .containsEntry("mag.role", List.of("organization-administrator"))
                .containsEntry("mag.organization", List.of(organizationId));
        roleGroups.group(RoleGroups.path(alias, RoleGroups.ORGANIZATION_STEWARDS));
        roleGroups.group(RoleGroups.path(alias, RoleGroups.FIS_ADMINISTRATORS));
        assertThatThrownBy(() -> roleGroups.group(RoleGroups.path(alias, RoleGroups.SERVICE_PROVIDER_ADMINISTRATORS)))
                .as("no partner roles in a supplier").isInstanceOf(NotFoundException.class);

        try (Response removed = realm.admin().organizations().get(organizationId).delete()) {
            assertThat(removed.getStatus()).isEqualTo(204);
        }
        assertThatThrownBy(() -> roleGroups.group("/mag-organizations/" + alias)).isInstanceOf(NotFoundException.class);
        assertThat(roleGroups.group(RoleGroups.path(Partners.DEMO_PARTNER_ALIAS, RoleGroups.SERVICE_PROVIDER_ADMINISTRATORS)))
                .as("other organizations keep theirs").isNotNull();
    }
}
