package io.mag.keycloak.it.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.OrganizationApi;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.SupplierOrganizations;

/**
 * Roles act in their own organization only, and nobody grants a role they do not hold: an
 * Organization Administrator of A acting on B (create in B; disable, remove, grant a role to B's
 * user) is refused with 403 and a {@code mag_not_authorized} event, and B's user is unchanged;
 * granting a role one does not hold, or Organization Administrator, is refused; a role one holds
 * is granted and removed, idempotently.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class CrossOrganizationIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    private SupplierOrganizations suppliers;
    private OrganizationApi api;

    @BeforeEach
    void setUp() {
        suppliers = new SupplierOrganizations(realm);
        api = suppliers.api();
    }

    private List<EventRepresentation> refusals(String userId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, userId, null, null, null, 0, 100);
    }

    @Test
    @DisplayName("an Organization Administrator of A cannot create in B, nor disable, remove or grant a role to B's user")
    void administratorOfAIsRefusedInB() {
        String a = suppliers.organization("Alder Tools");
        String b = suppliers.organization("Beech Metals");
        String adminA = suppliers.administrator(a, "ann");
        suppliers.administrator(b, "ben");
        String userB = suppliers.member(b, "bob");
        String token = suppliers.token("ann");

        Map<String, Object> intoB = new java.util.HashMap<>(OrganizationUsersIT.newUser(null, "Cal", "Fox", suppliers.users().email("cal")));
        intoB.put("organizationId", b);
        HttpResponse<String> create = api.createUser(intoB, token);
        assertThat(create.statusCode()).as(create.body()).isEqualTo(403);
        assertThat(realm.admin().users().search("cfox", 0, 100)).as("nothing created").isEmpty();

        assertThat(api.post("users/" + userB + "/disable", token).statusCode()).isEqualTo(403);
        assertThat(api.post("users/" + userB + "/disable?organization=" + b, token).statusCode()).isEqualTo(403);
        assertThat(api.delete("users/" + userB, token).statusCode()).isEqualTo(403);
        assertThat(api.post("users/" + userB + "/resend-first-login", token).statusCode()).isEqualTo(403);
        assertThat(api.put("roles/" + userB + "/organization-steward", token).statusCode()).isEqualTo(403);
        assertThat(api.get("users/" + userB, token).statusCode()).isEqualTo(403);
        assertThat(api.get("users?organization=" + b, token).statusCode()).isEqualTo(403);

        assertThat(realm.admin().users().get(userB).toRepresentation().isEnabled()).as("B's user unchanged").isTrue();
        assertThat(realm.admin().organizations().get(b).members().search(suppliers.users().username("bob"), true, 0, 10)).hasSize(1);
        assertThat(refusals(adminA)).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(e -> assertThat(e.getError()).isEqualTo("mag_not_authorized"));
        assertThat(refusals(adminA)).anySatisfy(e -> assertThat(e.getDetails()).containsEntry("organization_id", b));
    }

    @Test
    @DisplayName("an administrator grants only roles they hold, never Organization Administrator; granting and removing are idempotent")
    void grantRule() {
        String a = suppliers.organization("Cobalt Parts");
        String adminA = suppliers.administrator(a, "cat");
        String user = suppliers.member(a, "cole");
        String token = suppliers.token("cat");

        HttpResponse<String> notHeld = api.put("roles/" + user + "/organization-steward", token);
        assertThat(notHeld.statusCode()).as(notHeld.body()).isEqualTo(403);
        assertThat(api.put("roles/" + user + "/organization-administrator", token).statusCode()).isEqualTo(403);
        assertThat(RestApiClient.expect(200, api.get("roles/" + user, token))).isEmpty();
        assertThat(refusals(adminA)).anySatisfy(e -> assertThat(e.getDetails())
                .containsEntry("mag_refusal", "role_not_grantable").containsEntry("organization_id", a));

        // Once the operator made the administrator a Steward too, they may make others Stewards.
        suppliers.grantByOperator(a, adminA, "organization-steward");
        JsonNode grantable = RestApiClient.expect(200, api.get("roles", token));
        assertThat(grantable.path("grantable").toString()).contains("organization-steward").doesNotContain("organization-administrator");
        assertThat(RestApiClient.expect(200, api.put("roles/" + user + "/organization-steward", token)).toString()).contains("organization-steward");
        assertThat(RestApiClient.expect(200, api.put("roles/" + user + "/organization-steward", token)).toString()).contains("organization-steward");
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, adminA, null, null, null, 0, 100).stream()
                .filter(e -> "ROLE_GRANTED".equals(e.getDetails().get("mag_operation")))).as("one grant, one event").hasSize(1)
                .allSatisfy(e -> assertThat(e.getDetails()).containsEntry("mag_role", "organization-steward").containsEntry("subject_user_id", user));
        // The steward can now list the users.
        assertThat(api.get("users", suppliers.token("cole")).statusCode()).isEqualTo(200);

        assertThat(RestApiClient.expect(200, api.delete("roles/" + user + "/organization-steward", token))).isEmpty();
        assertThat(RestApiClient.expect(200, api.delete("roles/" + user + "/organization-steward", token))).isEmpty();
        assertThat(api.get("users", suppliers.token("cole")).statusCode()).isEqualTo(403);
        assertThat(api.put("roles/" + user + "/no-such-role", token).statusCode()).isEqualTo(404);
    }
}
