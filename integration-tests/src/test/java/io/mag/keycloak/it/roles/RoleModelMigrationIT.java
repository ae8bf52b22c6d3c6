package io.mag.keycloak.it.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.RoleModelApi;
import io.mag.keycloak.it.support.TestUsers;

/**
 * A realm of the earlier model (the seven realm-wide mag-* roles, assigned to members, created
 * here through the admin API) is migrated by the operator's {@code POST mag-role-model/migrate}:
 * each role moves into the group of each organization its holder belongs to, holders outside any
 * organization and partner roles in a supplier are reported and get nothing, the roles go, the
 * organization's shared partner application becomes a MIGRATED subscription that every member
 * reaches, and a second run changes nothing.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class RoleModelMigrationIT {

    private static final List<String> OLD_ROLES = List.of("mag-organization-administrator", "mag-application-administrator",
            "mag-fis-administrator", "mag-adoption-administrator", "mag-organization-steward",
            "mag-service-provider-administrator", "mag-user");

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private void grantOld(String userId, String... roles) {
        List<RoleRepresentation> reps = List.of(roles).stream().map(name -> realm.admin().roles().get(name).toRepresentation()).toList();
        realm.admin().users().get(userId).roles().realmLevel().add(reps);
    }

    @Test
    @DisplayName("the realm-wide roles move into each holder's organization groups, the roles go, a second run changes nothing")
    void migratesRealmRolesIntoOrganizationGroups() {
        for (String name : OLD_ROLES) {
            RoleRepresentation role = new RoleRepresentation();
            role.setName(name);
            realm.admin().roles().create(role);
        }
        Partners partners = new Partners(realm);
        TestUsers users = new TestUsers(realm);
        RoleGroups roleGroups = new RoleGroups(realm);
        String supplierAlias = "migrated-" + tag;
        String supplierId = partners.createOrganization("Migrated " + tag, supplierAlias, supplierAlias + ".example", "supplier");
        OrganizationRepresentation supplier = realm.admin().organizations().get(supplierId).toRepresentation();
        supplier.setAttributes(Map.of("mag.organization.type", List.of("supplier"), "mag.shared-applications", List.of("northwind-sourcing")));
        realm.admin().organizations().get(supplierId).update(supplier).close();

        String ann = users.create("ann", "ann");        // Organization and Application Administrator of the supplier
        partners.addMember(supplierId, ann);
        grantOld(ann, "mag-organization-administrator", "mag-application-administrator", "mag-user");
        String bob = users.create("bob", "bob");        // a partner role in a supplier: nothing
        partners.addMember(supplierId, bob);
        grantOld(bob, "mag-service-provider-administrator");
        String cy = users.create("cy", "cy");           // no organization: nothing
        grantOld(cy, "mag-organization-steward");
        String dee = users.create("dee", "dee");        // Adoption Administrator of Northwind
        partners.addMember(partners.demoPartnerId(), dee);
        grantOld(dee, "mag-adoption-administrator");

        HttpResponse<String> refused = new RoleModelApi(realm,
                RestApiClient.adminToken(realm, DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN))).migrate();
        assertThat(refused.statusCode()).as("only the operator").isEqualTo(403);
        assertThat(realm.admin().roles().get("mag-organization-administrator").toRepresentation()).isNotNull();

        JsonNode report = RestApiClient.expect(200, RoleModelApi.asOperator(realm).migrate());
        assertThat(report.path("alreadyMarked").asBoolean()).isFalse();
        assertThat(report.path("granted").findValuesAsText("username"))
                .contains(users.username("ann"), users.username("dee"))
                .doesNotContain(users.username("cy"));
        assertThat(report.path("skipped")).anySatisfy(s -> {
            assertThat(s.path("username").asText()).isEqualTo(users.username("bob"));
            assertThat(s.path("reason").asText()).isEqualTo("not_a_partner");
        });
        assertThat(report.path("skipped")).anySatisfy(s -> {
            assertThat(s.path("username").asText()).isEqualTo(users.username("cy"));
            assertThat(s.path("reason").asText()).isEqualTo("no_organization");
        });
        assertThat(report.path("removedRoles")).hasSize(OLD_ROLES.size());

        List<String> annGroups = roleGroups.paths(ann);
        assertThat(annGroups).contains(RoleGroups.path(supplierAlias, RoleGroups.ORGANIZATION_ADMINISTRATORS),
                RoleGroups.applicationPath(supplierAlias, "northwind-sourcing", RoleGroups.APPLICATION_ADMINISTRATORS));
        assertThat(roleGroups.paths(dee)).containsExactly(RoleGroups.path(Partners.DEMO_PARTNER_ALIAS, RoleGroups.ADOPTION_ADMINISTRATORS));
        assertThat(roleGroups.paths(cy)).isEmpty();
        assertThat(realm.admin().roles().list()).extracting(RoleRepresentation::getName).noneMatch(OLD_ROLES::contains);
        assertThat(realm.admin().users().get(ann).roles().realmLevel().listAll()).extracting(RoleRepresentation::getName)
                .noneMatch(OLD_ROLES::contains);
        assertThat(realm.admin().toRepresentation().getAttributes()).containsEntry("magRoleModel", "2");

        // Every member reached the shared partner application before access was governed: the
        // organization is subscribed (MIGRATED) and each member, whatever their role, has access.
        ApplicationAccessApi access = new ApplicationAccessApi(realm);
        JsonNode subscriptions = RestApiClient.expect(200, access.subscriptions().get("?max=1000", access.operatorToken()));
        assertThat(subscriptions).anySatisfy(s -> {
            assertThat(s.path("organizationAlias").asText()).isEqualTo(supplierAlias);
            assertThat(s.path("clientId").asText()).isEqualTo("northwind-sourcing");
            assertThat(s.path("origin").asText()).isEqualTo("MIGRATED");
            assertThat(s.path("status").asText()).isEqualTo("ACTIVE");
        });
        String sourcingUsers = RoleGroups.applicationPath(supplierAlias, "northwind-sourcing", RoleGroups.APPLICATION_USERS);
        assertThat(roleGroups.paths(ann)).contains(sourcingUsers);
        assertThat(roleGroups.paths(bob)).containsExactly(sourcingUsers);
        assertThat(report.path("granted")).anySatisfy(g -> {
            assertThat(g.path("username").asText()).isEqualTo(users.username("bob"));
            assertThat(g.path("role").asText()).isEqualTo("application-user");
            assertThat(g.path("clientId").asText()).isEqualTo("northwind-sourcing");
        });
        annGroups = roleGroups.paths(ann);

        JsonNode again = RestApiClient.expect(200, RoleModelApi.asOperator(realm).migrate());
        assertThat(again.path("alreadyMarked").asBoolean()).isTrue();
        assertThat(again.path("granted")).isEmpty();
        assertThat(again.path("skipped")).isEmpty();
        assertThat(again.path("removedRoles")).isEmpty();
        assertThat(roleGroups.paths(ann)).containsExactlyInAnyOrderElementsOf(annGroups);
    }
}
