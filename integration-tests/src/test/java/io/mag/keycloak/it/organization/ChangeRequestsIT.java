package io.mag.keycloak.it.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.it.support.ChangeRequestsAdminApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.OperatorQueueApi;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.SupplierOrganizations;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Change requests: an Organization Administrator asks for a new company name or address, a user
 * for a new email or legal name; the request waits (once, however often it is submitted) in the
 * operator's queue; the operator approves it (the change is made, the people concerned are
 * emailed) or rejects it with a reason (emailed); nobody decides their own request.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ChangeRequestsIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    private SupplierOrganizations suppliers;
    private ChangeRequestsAdminApi operator;
    private Mailbox mails;

    @BeforeEach
    void setUp() {
        suppliers = new SupplierOrganizations(realm);
        operator = ChangeRequestsAdminApi.asOperator(realm);
        mails = new Mailbox(mail);
    }

    private HttpResponse<String> file(String token, Map<String, Object> body) {
        return suppliers.api().post("change-requests", body, token);
    }

    private static Map<String, Object> companyName(String organizationId, String name) {
        return Map.of("kind", "company-name", "organizationId", organizationId, "values", Map.of("name", name));
    }

    @Test
    void aCompanyNameChangeIsFiledOnceAndApprovedByTheOperator() throws Exception {
        String org = suppliers.organization("Renamed Gears");
        suppliers.administrator(org, "rn-admin");
        String token = suppliers.token("rn-admin");
        String newName = "Renamed Gears & Sons " + org.substring(0, 8);

        JsonNode first = RestApiClient.expect(201, file(token, companyName(org, newName)));
        JsonNode again = RestApiClient.expect(200, file(token, companyName(org, newName)));

        assertThat(again.get("id").asText()).as("a double submit is one request").isEqualTo(first.get("id").asText());
        String id = first.get("id").asText();
        assertThat(first.get("status").asText()).isEqualTo("pending");
        JsonNode mine = RestApiClient.json(suppliers.api().get("change-requests", token));
        assertThat(mine.findValuesAsText("id")).containsExactly(id);
        JsonNode item = OperatorQueueApi.asOperator(realm).item("mag-change-requests", id).orElseThrow();
        assertThat(OperatorQueueApi.value(item, "kind")).isEqualTo("company-name");
        assertThat(OperatorQueueApi.value(item, "details")).contains("name: " + newName);

        RestApiClient.expect(200, operator.approve(id));

        assertThat(suppliers.name(org)).isEqualTo(newName);
        assertThat(operator.request(id).get("status").asText()).isEqualTo("approved");
        assertThat(OperatorQueueApi.asOperator(realm).item("mag-change-requests", id)).isEmpty();
        String body = Emails.html(mails.await(suppliers.users().email("rn-admin"),
                "[Managed Access Gateway] A change for " + newName + " was approved"));
        assertThat(body).contains("Renamed Gears &amp; Sons");
        assertThat(events("CHANGE_APPROVED", id)).hasSize(1);
        assertThat(events("CHANGE_REQUESTED", id)).hasSize(1);
    }

    @Test
    void aRejectionNeedsAReasonAndEmailsIt() throws Exception {
        String org = suppliers.organization("Rejected Move");
        suppliers.administrator(org, "rm-admin");
        String token = suppliers.token("rm-admin");
        String id = RestApiClient.expect(201, file(token, Map.of("kind", "company-address", "organizationId", org,
                "values", Map.of("street", "1 Quay", "city", "Brest", "postalCode", "29200", "country", "France")))).get("id").asText();

        HttpResponse<String> noReason = operator.reject(id, "  ");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(RestApiClient.json(noReason).get("error_description").asText()).isEqualTo("A rejection needs a reason.");
        assertThat(operator.request(id).get("status").asText()).isEqualTo("pending");

        RestApiClient.expect(200, operator.reject(id, "The address is <not> a registered site"));

        assertThat(operator.request(id).get("status").asText()).isEqualTo("rejected");
        assertThat(realm.admin().organizations().get(org).toRepresentation().getAttributes()).doesNotContainKey("mag.profile.street");
        String body = Emails.html(mails.await(suppliers.users().email("rm-admin"),
                "[Managed Access Gateway] A change for " + suppliers.name(org) + " was not approved"));
        assertThat(body).contains("The address is &lt;not&gt; a registered site");
    }

    @Test
    void aMemberWhoIsNoAdministratorCannotRequestACompanyChange() {
        String org = suppliers.organization("Plain Member");
        suppliers.member(org, "pm-user");

        HttpResponse<String> refused = file(suppliers.token("pm-user"), companyName(org, "Taken Over " + org));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(OperatorQueueApi.asOperator(realm).items())
                .noneMatch(i -> OperatorQueueApi.value(i, "details") != null && OperatorQueueApi.value(i, "details").contains("Taken Over " + org));
    }

    @Test
    void anApprovedEmailChangeIsUnverifiedUntilConfirmed() {
        String org = suppliers.organization("Email Movers");
        String userId = suppliers.member(org, "em-user");
        String newEmail = "em-user-new-" + org.substring(0, 8) + "@new-domain.example";

        String id = RestApiClient.expect(201, file(suppliers.token("em-user"),
                Map.of("kind", "email", "organizationId", org, "values", Map.of("email", newEmail)))).get("id").asText();
        RestApiClient.expect(200, operator.approve(id));

        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        assertThat(user.getEmail()).isEqualTo(newEmail);
        assertThat(user.isEmailVerified()).isFalse();
        assertThat(user.getRequiredActions()).contains("VERIFY_EMAIL");
    }

    @Test
    void anAdministratorAsksForAMembersLegalNameChange() {
        String org = suppliers.organization("Legal Names");
        suppliers.administrator(org, "ln-admin");
        String memberId = suppliers.member(org, "ln-user");

        String id = RestApiClient.expect(201, file(suppliers.token("ln-admin"), Map.of("kind", "legal-name", "organizationId", org,
                "userId", memberId, "values", Map.of("firstName", "Ana", "lastName", "Novak")))).get("id").asText();
        RestApiClient.expect(200, operator.approve(id));

        UserRepresentation user = realm.admin().users().get(memberId).toRepresentation();
        assertThat(user.getFirstName()).isEqualTo("Ana");
        assertThat(user.getLastName()).isEqualTo("Novak");
    }

    @Test
    void nobodyDecidesTheirOwnRequest() {
        String org = suppliers.organization("Self Deciders");
        String adminId = suppliers.administrator(org, "sd-admin");
        String management = realm.admin().clients().findByClientId("realm-management").get(0).getId();
        List<RoleRepresentation> roles = realm.admin().clients().get(management).roles().list().stream()
                .filter(r -> List.of("view-users", "manage-users", "query-users").contains(r.getName())).toList();
        realm.admin().users().get(adminId).roles().clientLevel(management).add(roles);
        String id = RestApiClient.expect(201, file(suppliers.token("sd-admin"), companyName(org, "Self Made " + org))).get("id").asText();

        HttpResponse<String> own = ChangeRequestsAdminApi.as(realm, suppliers.users().username("sd-admin"), TestUsers.PASSWORD).approve(id);

        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(RestApiClient.json(own).get("error_description").asText()).isEqualTo("Nobody decides their own request.");
        assertThat(operator.request(id).get("status").asText()).isEqualTo("pending");
        assertThat(suppliers.name(org)).doesNotStartWith("Self Made");
    }

    @Test
    void decisionsInTheQueueAndByRestAreAdminEventsOfTheOrganizationOrTheUser() {
        String org = suppliers.organization("Audited Changes");
        suppliers.administrator(org, "ac-admin");
        String memberId = suppliers.member(org, "ac-user");
        String token = suppliers.token("ac-admin");
        String companyId = RestApiClient.expect(201, file(token, companyName(org, "Audited Changes Two " + org.substring(0, 8)))).get("id").asText();
        String legalId = RestApiClient.expect(201, file(token, Map.of("kind", "legal-name", "organizationId", org, "userId", memberId,
                "values", Map.of("firstName", "Ada", "lastName", "Cole")))).get("id").asText();
        OperatorQueueApi queue = OperatorQueueApi.asOperator(realm);

        HttpResponse<String> saved = queue.decide(queue.item("mag-change-requests", companyId).orElseThrow(), "approve", null);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        RestApiClient.expect(200, operator.reject(legalId, "The passport says otherwise"));

        String operatorId = realm.admin().users().search(DemoUsers.OPERATOR, true).get(0).getId();
        assertThat(adminEvents("mag-change-requests/" + companyId + "/approve")).as("the queue's decision").singleElement().satisfies(e -> {
            assertThat(e.getResourceType()).isEqualTo("ORGANIZATION");
            assertThat(e.getAuthDetails().getUserId()).isEqualTo(operatorId);
        });
        assertThat(adminEvents("mag-change-requests/" + legalId + "/reject")).as("the REST decision").singleElement().satisfies(e -> {
            assertThat(e.getResourceType()).isEqualTo("USER");
            assertThat(e.getAuthDetails().getUserId()).isEqualTo(operatorId);
        });
        assertThat(events("CHANGE_APPROVED", companyId)).hasSize(1);
        assertThat(events("CHANGE_REJECTED", legalId)).hasSize(1);
    }

    private List<AdminEventRepresentation> adminEvents(String resourcePath) {
        return realm.admin().getAdminEvents(List.of("ACTION"), null, null, null, null, resourcePath, null, null, 0, 10);
    }

    private List<EventRepresentation> events(String operation, String requestId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, 0, 200).stream()
                .filter(e -> e.getDetails() != null && operation.equals(e.getDetails().get("mag_operation"))
                        && requestId.equals(e.getDetails().get("request_id")))
                .toList();
    }
}
