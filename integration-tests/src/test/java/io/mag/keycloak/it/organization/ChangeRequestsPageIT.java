package io.mag.keycloak.it.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.it.support.ChangeRequestsAdminApi;
import io.mag.keycloak.it.support.ChangeRequestsScreen;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.OperatorQueueApi;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The Change Requests page (login theme, started from the account console): a user asks for a new
 * email address or legal name, an Organization Administrator also for a new Organization
 * Administrator, company name or address and for a member's email; a second submit of the same
 * change is the pending request; bad input shows a translated error next to the field and files
 * nothing; the requester sees each request's state and the rejection's reason, and withdraws a
 * pending request (REST too), but not a decided one or someone else's.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ChangeRequestsPageIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectMailServer
    MailServer mail;

    private SupplierOrganizations suppliers;
    private ChangeRequestsScreen page;
    private ChangeRequestsAdminApi operator;

    @BeforeEach
    void setUp() {
        suppliers = new SupplierOrganizations(realm);
        page = new ChangeRequestsScreen(browser);
        operator = ChangeRequestsAdminApi.asOperator(realm);
        SignInPage.signOut(browser, realm);
    }

    private void openAs(String name) {
        ChangeRequestsScreen.open(oauth);
        new SignInPage(browser).signIn(suppliers.users().username(name), TestUsers.PASSWORD);
    }

    private void reopen() {
        page.done();
        ChangeRequestsScreen.open(oauth);
    }

    private List<EventRepresentation> events(String type, String userId, String operation) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 200).stream()
                .filter(e -> e.getDetails() != null && operation.equals(e.getDetails().get("mag_operation")))
                .toList();
    }

    @Test
    @DisplayName("a user asks for a new email once however often they send it, a bad address is refused on the page, the rejection's reason shows")
    void userRequestsANewEmailAndSeesTheRejectionReason() {
        String org = suppliers.organization("Cedar Castings");
        String userId = suppliers.member(org, "cora");
        openAs("cora");
        assertThat(page.isShown()).as(page.pageSource()).isTrue();
        assertThat(page.offers("email")).isTrue();
        assertThat(page.offers("legal-name")).isTrue();
        assertThat(page.offers("company-name")).as("company changes are for administrators and stewards").isFalse();
        assertThat(page.offers("organization-administrator")).isFalse();

        page.requestEmail(null, "cora at new-domain");
        assertThat(page.fieldError("email")).isEqualTo("Please enter a valid email address.");
        assertThat(page.requests()).isEmpty();
        assertThat(events("CUSTOM_REQUIRED_ACTION_ERROR", userId, "CHANGE_REQUESTED"))
                .anySatisfy(e -> assertThat(e.getError()).isEqualTo("invalid_input"));

        String newEmail = "cora-" + org.substring(0, 8) + "@new-domain.example";
        page.requestEmail(null, newEmail);
        assertThat(page.message()).isEqualTo("Your request (Email address) was sent to the operator.");
        page.requestEmail(null, newEmail);
        assertThat(page.message()).isEqualTo("A request (Email address) is already pending: it was not sent again.");

        assertThat(page.requests()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("email");
            assertThat(row.status()).isEqualTo("pending");
            assertThat(row.text()).contains(newEmail, "Pending");
        });
        String id = page.requests().get(0).id();
        assertThat(operator.request(id).path("status").asText()).isEqualTo("pending");
        assertThat(OperatorQueueApi.asOperator(realm).items().stream()
                .filter(i -> OperatorQueueApi.value(i, "details") != null && OperatorQueueApi.value(i, "details").contains(newEmail)))
                .as("one request in the operator's queue").hasSize(1);
        assertThat(events("CUSTOM_REQUIRED_ACTION", userId, "CHANGE_REQUESTED")).hasSize(1);

        RestApiClient.expect(200, operator.reject(id, "Use your <company> address"));
        reopen();
        assertThat(page.request(id)).hasValueSatisfying(row -> {
            assertThat(row.status()).isEqualTo("rejected");
            assertThat(row.text()).contains("Rejected", "Reason: Use your <company> address");
        });
        assertThat(page.withdrawable(id)).isFalse();
        assertThat(page.pageSource()).contains("Use your &lt;company&gt; address");
        assertThat(realm.admin().users().get(userId).toRepresentation().getEmail()).isNotEqualTo(newEmail);
    }

    @Test
    @DisplayName("an Organization Administrator asks for a new company name, a new administrator and a member's new email")
    void administratorRequestsOrganizationChangesAndAMembersEmail() {
        String org = suppliers.organization("Alder Aero");
        suppliers.administrator(org, "abe");
        String memberId = suppliers.member(org, "mia");
        String member = suppliers.users().username("mia");
        openAs("abe");
        assertThat(page.offers("company-name")).isTrue();
        assertThat(page.offers("company-address")).isTrue();
        assertThat(page.offers("organization-administrator")).isTrue();

        page.requestCompanyName("   ");
        assertThat(page.fieldError("companyName")).isEqualTo("Please fill in New company name.");
        assertThat(page.requests()).isEmpty();

        String newName = "Alder Aerospace " + org.substring(0, 8);
        page.requestCompanyName(newName);
        assertThat(page.message()).isEqualTo("Your request (Company name) was sent to the operator.");
        page.requestAdministrator(member);
        assertThat(page.message()).isEqualTo("Your request (New Organization Administrator) was sent to the operator.");
        String memberEmail = "mia-" + org.substring(0, 8) + "@alder-new.example";
        page.requestEmail(member, memberEmail);
        assertThat(page.message()).isEqualTo("Your request (Email address) was sent to the operator.");
        page.requestCompanyAddress("1 Runway Road", "Toulouse", "31000", "France");

        List<ChangeRequestsScreen.Row> rows = page.requests();
        assertThat(rows).extracting(ChangeRequestsScreen.Row::kind)
                .containsExactlyInAnyOrder("company-name", "organization-administrator", "email", "company-address");
        assertThat(rows).filteredOn(r -> r.kind().equals("email")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("for " + member, memberEmail));
        assertThat(rows).filteredOn(r -> r.kind().equals("organization-administrator")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains(member));

        String emailRequest = rows.stream().filter(r -> r.kind().equals("email")).findFirst().orElseThrow().id();
        RestApiClient.expect(200, operator.approve(emailRequest));
        UserRepresentation changed = realm.admin().users().get(memberId).toRepresentation();
        assertThat(changed.getEmail()).isEqualTo(memberEmail);
        assertThat(changed.isEmailVerified()).isFalse();
        assertThat(changed.getRequiredActions()).contains("VERIFY_EMAIL");
        reopen();
        assertThat(page.request(emailRequest)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo("approved"));
    }

    @Test
    @DisplayName("the requester withdraws a pending request on the page; REST refuses a decided one (409), someone else's (403), an unknown one (404)")
    void requesterWithdrawsPendingRequestsOnly() {
        String org = suppliers.organization("Birch Bearings");
        String adminId = suppliers.administrator(org, "bea");
        suppliers.administrator(org, "ben");
        openAs("bea");

        page.requestLegalName("Beatrix", "Quill");
        String id = page.requests().get(0).id();
        assertThat(page.withdrawable(id)).isTrue();
        page.withdraw(id);
        assertThat(page.message()).isEqualTo("Your request (Legal name) was withdrawn.");
        assertThat(page.request(id)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo("withdrawn"));
        assertThat(page.withdrawable(id)).isFalse();
        assertThat(operator.request(id).path("status").asText()).isEqualTo("withdrawn");
        assertThat(OperatorQueueApi.asOperator(realm).item("mag-change-requests", id)).isEmpty();
        assertThat(events("CUSTOM_REQUIRED_ACTION", adminId, "CHANGE_WITHDRAWN"))
                .singleElement().satisfies(e -> assertThat(e.getDetails()).containsEntry("request_id", id));

        // The subject and kind are free again: a new request is a new one.
        page.requestLegalName("Beatrix", "Quill");
        assertThat(page.message()).isEqualTo("Your request (Legal name) was sent to the operator.");

        String token = suppliers.token("bea");
        String decided = RestApiClient.expect(201, suppliers.api().post("change-requests", Map.of("kind", "company-name", "organizationId", org,
                "values", Map.of("name", "Birch Bearings Two " + org.substring(0, 8))), token)).path("id").asText();
        HttpResponse<String> byOther = suppliers.api().post("change-requests/" + decided + "/withdraw", suppliers.token("ben"));
        assertThat(byOther.statusCode()).isEqualTo(403);
        assertThat(RestApiClient.json(byOther).path("error_description").asText()).isEqualTo("Only the person who sent a request can withdraw it.");
        RestApiClient.expect(200, operator.approve(decided));
        HttpResponse<String> tooLate = suppliers.api().post("change-requests/" + decided + "/withdraw", token);
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(RestApiClient.json(tooLate).path("error").asText()).isEqualTo("change_request_not_pending");
        assertThat(operator.request(decided).path("status").asText()).isEqualTo("approved");
        assertThat(suppliers.api().post("change-requests/no-such-request/withdraw", token).statusCode()).isEqualTo(404);

        String pending = RestApiClient.expect(201, suppliers.api().post("change-requests", Map.of("kind", "company-address", "organizationId", org,
                "values", Map.of("street", "2 Mill Lane", "city", "Leeds", "postalCode", "LS1", "country", "United Kingdom")), token)).path("id").asText();
        JsonNode withdrawn = RestApiClient.expect(200, suppliers.api().post("change-requests/" + pending + "/withdraw", token));
        assertThat(withdrawn.path("status").asText()).isEqualTo("withdrawn");
        assertThat(operator.approve(pending).statusCode()).as("a withdrawn request cannot be approved").isEqualTo(409);
    }

    @Test
    @DisplayName("a user of no organization is refused, with an event")
    void userOfNoOrganizationIsRefused() {
        String loneId = suppliers.users().create("lone", "lone");
        ChangeRequestsScreen.open(oauth);
        new SignInPage(browser).signIn(suppliers.users().username("lone"), TestUsers.PASSWORD);
        assertThat(page.isRefused()).isTrue();
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, loneId, null, null, null, 0, 10))
                .anySatisfy(e -> assertThat(e.getError()).isEqualTo("mag_not_authorized"));
    }
}
