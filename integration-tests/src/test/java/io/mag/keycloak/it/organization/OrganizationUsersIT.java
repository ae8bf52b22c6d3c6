package io.mag.keycloak.it.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.OrganizationApi;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;

/**
 * An Organization Administrator manages the organization's users through
 * {@code /realms/{realm}/mag-organization/users}: creates them (User ID generated or chosen, the
 * email with User ID and First Time Login link, which verifies the address), lists and searches,
 * disables, re-enables and removes them, resends the instructions; a Steward only sees; every
 * refusal changes nothing and is recorded.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OrganizationUsersIT {

    static final String ONE_TIME_PASSWORD = "Handed-Over-0ne-Time";
    private static final Pattern LINK = Pattern.compile("id=\"mag-first-time-login\" href=\"([^\"]+)\"");

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectWebDriver
    ManagedWebDriver browser;

    private SupplierOrganizations suppliers;
    private OrganizationApi api;
    private Mailbox mails;

    @BeforeEach
    void setUp() {
        suppliers = new SupplierOrganizations(realm);
        api = suppliers.api();
        mails = new Mailbox(mail);
    }

    static Map<String, Object> newUser(String username, String firstName, String lastName, String email) {
        Map<String, Object> body = new HashMap<>();
        if (username != null) {
            body.put("username", username);
        }
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("email", email);
        body.put("oneTimePassword", ONE_TIME_PASSWORD);
        return body;
    }

    private List<Map<String, String>> events(String type, String userId, String operation) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100).stream()
                .map(EventRepresentation::getDetails)
                .filter(d -> d != null && operation.equals(d.get("mag_operation")))
                .toList();
    }

    private UserRepresentation user(String id) {
        return realm.admin().users().get(id).toRepresentation();
    }

    @Test
    @DisplayName("a created user gets a generated User ID, First Time Login pending, the email; its link verifies the address")
    void createdUserGetsInstructionsAndTheLinkVerifiesTheAddress() throws Exception {
        String acme = suppliers.organization("Acme Machining");
        String adminId = suppliers.administrator(acme, "ada");
        String token = suppliers.token("ada");
        String email = suppliers.users().email("casey");

        HttpResponse<String> created = api.createUser(newUser(null, "Casey", "Jöns", email), token);
        JsonNode body = RestApiClient.expect(201, created);
        String id = body.path("id").asText();
        String username = body.path("username").asText();
        assertThat(username).matches("cjons\\d{4}");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/mag-organization/users/" + id);
        assertThat(body.path("firstLoginPending").asBoolean()).isTrue();

        UserRepresentation user = user(id);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.isEmailVerified()).isFalse();
        assertThat(user.getRequiredActions()).contains("UPDATE_PASSWORD", "mag-first-time-login");
        assertThat(realm.admin().organizations().get(acme).members().search(username, true, 0, 10))
                .as("a member of the organization").hasSize(1);

        MimeMessage message = mails.await(email, "[Managed Access Gateway] Your account at " + suppliers.name(acme) + ": complete your First Time Login");
        String html = Emails.html(message);
        assertThat(html).contains("Your User ID: " + username, "Alex ada Morgan", "One Time Password");
        Matcher link = LINK.matcher(html);
        assertThat(link.find()).as("First Time Login link in " + html).isTrue();
        assertThat(Emails.text(message)).contains(username, link.group(1).replace("&amp;", "&"));

        assertThat(events("CUSTOM_REQUIRED_ACTION", adminId, "USER_CREATED")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("organization_id", acme).containsEntry("subject_user_id", id));
        List<AdminEventRepresentation> adminEvents = realm.admin().getAdminEvents(List.of("CREATE"), null, null, null, null,
                "users/" + id, null, null, 0, 10);
        assertThat(adminEvents).as("admin event of the creation").isNotEmpty();
        assertThat(adminEvents.get(0).getAuthDetails().getUserId()).isEqualTo(adminId);

        // The link asks for a confirmation in a fresh browser, then verifies the address.
        SignInPage.signOut(browser, realm);
        browser.open(link.group(1).replace("&amp;", "&"));
        assertThat(browser.driver().getPageSource()).contains("Confirm that " + email + " is your email address");
        browser.driver().findElement(By.cssSelector("a[href*='action-token']")).click();
        assertThat(user(id).isEmailVerified()).as("verified by the link").isTrue();
    }

    @Test
    @DisplayName("a chosen User ID is used; a taken one, a bad address or a weak One Time Password creates nothing")
    void chosenUserIdAndRefusalsCreateNothing() throws Exception {
        String acme = suppliers.organization("Birch Works");
        String adminId = suppliers.administrator(acme, "bea");
        String token = suppliers.token("bea");
        String chosen = suppliers.users().username("dana");

        JsonNode created = RestApiClient.expect(201, api.createUser(newUser(chosen, "Dana", "Lee", suppliers.users().email("dana")), token));
        assertThat(created.path("username").asText()).isEqualTo(chosen);

        HttpResponse<String> taken = api.createUser(newUser(chosen, "Dana", "Other", suppliers.users().email("dana2")), token);
        JsonNode conflict = RestApiClient.expect(409, taken);
        assertThat(conflict.path("error_description").asText()).contains("already taken");
        assertThat(realm.admin().users().search(chosen, true)).hasSize(1);

        Map<String, Object> badEmail = newUser(suppliers.users().username("erin"), "Erin", "Diaz", "not-an-address");
        JsonNode invalid = RestApiClient.expect(400, api.createUser(badEmail, token));
        assertThat(invalid.path("field_errors").get(0).path("field").asText()).isEqualTo("email");

        Map<String, Object> weak = newUser(suppliers.users().username("finn"), "Finn", "Ode", suppliers.users().email("finn"));
        weak.put("oneTimePassword", "short");
        JsonNode policy = RestApiClient.expect(400, api.createUser(weak, token));
        assertThat(policy.path("field_errors").get(0).path("field").asText()).isEqualTo("oneTimePassword");
        assertThat(realm.admin().users().search(suppliers.users().username("erin"), true)).isEmpty();
        assertThat(realm.admin().users().search(suppliers.users().username("finn"), true)).isEmpty();

        assertThat(events("CUSTOM_REQUIRED_ACTION_ERROR", adminId, "USER_CREATED")).hasSize(3)
                .allSatisfy(d -> assertThat(d).containsEntry("organization_id", acme));
        mails.assertNoMore(suppliers.users().email("finn"), "[Managed Access Gateway] Your account at " + suppliers.name(acme)
                + ": complete your First Time Login", Mailbox.QUIET_PERIOD);
    }

    @Test
    @DisplayName("a new user with a generated User ID sent twice, one after the other or at the same moment, is one user with one email")
    void generatedUserSentTwiceIsOneUser() throws Exception {
        String acme = suppliers.organization("Double Click");
        suppliers.administrator(acme, "dee");
        String token = suppliers.token("dee");
        String email = suppliers.users().email("dora");
        Map<String, Object> body = newUser(null, "Dora", "Dash", email);

        JsonNode first = RestApiClient.expect(201, api.createUser(body, token));
        JsonNode again = RestApiClient.expect(200, api.createUser(body, token));

        assertThat(again.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(again.path("username").asText()).isEqualTo(first.path("username").asText());
        assertThat(realm.admin().users().searchByEmail(email, true)).hasSize(1);
        String subject = "[Managed Access Gateway] Your account at " + suppliers.name(acme) + ": complete your First Time Login";
        mails.await(email, subject);
        mails.assertNoMore(email, subject, Mailbox.QUIET_PERIOD);

        String twinEmail = suppliers.users().email("tess");
        Map<String, Object> twin = newUser(null, "Tess", "Twin", twinEmail);
        List<CompletableFuture<HttpResponse<String>>> both = List.of(
                CompletableFuture.supplyAsync(() -> api.createUser(twin, token)),
                CompletableFuture.supplyAsync(() -> api.createUser(twin, token)));
        List<Integer> statuses = both.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertThat(statuses).as("one creates, the other answers it or is told it is being created").containsOnlyOnce(201)
                .allMatch(status -> status == 201 || status == 200 || status == 409);
        assertThat(realm.admin().users().searchByEmail(twinEmail, true)).hasSize(1);
    }

    @Test
    @DisplayName("list and search, disable, re-enable and remove, each idempotent; resend the instructions")
    void listDisableEnableRemoveResend() throws Exception {
        String acme = suppliers.organization("Cedar Forge");
        String adminId = suppliers.administrator(acme, "cy");
        String token = suppliers.token("cy");
        String email = suppliers.users().email("gail");
        String id = RestApiClient.expect(201, api.createUser(newUser(null, "Gail", "Stone", email), token)).path("id").asText();
        String subject = "[Managed Access Gateway] Your account at " + suppliers.name(acme) + ": complete your First Time Login";
        mails.await(email, subject);

        JsonNode all = RestApiClient.expect(200, api.get("users", token));
        assertThat(all).hasSize(2);
        JsonNode found = RestApiClient.expect(200, api.get("users?search=stone", token));
        assertThat(found).singleElement().satisfies(u -> assertThat(u.path("id").asText()).isEqualTo(id));
        JsonNode admin = RestApiClient.expect(200, api.get("users/" + adminId, token));
        assertThat(admin.path("roles").toString()).contains("organization-administrator");

        assertThat(RestApiClient.expect(200, api.post("users/" + id + "/disable", token)).path("enabled").asBoolean()).isFalse();
        assertThat(RestApiClient.expect(200, api.post("users/" + id + "/disable", token)).path("enabled").asBoolean()).isFalse();
        assertThat(user(id).isEnabled()).isFalse();
        assertThat(events("CUSTOM_REQUIRED_ACTION", adminId, "USER_DISABLED")).as("one change, one event").hasSize(1);
        assertThat(RestApiClient.expect(200, api.post("users/" + id + "/enable", token)).path("enabled").asBoolean()).isTrue();
        assertThat(user(id).isEnabled()).isTrue();

        // Resending sends a second email with a fresh link.
        RestApiClient.expect(200, api.post("users/" + id + "/resend-first-login", token));
        mails.await(email, subject, 2);

        // The administrator's own account cannot be disabled or removed by them.
        assertThat(api.post("users/" + adminId + "/disable", token).statusCode()).isEqualTo(409);
        assertThat(user(adminId).isEnabled()).isTrue();

        assertThat(api.delete("users/" + id, token).statusCode()).isEqualTo(204);
        assertThat(realm.admin().users().search(suppliers.users().email("gail"), 0, 10)).as("a managed account is deleted").isEmpty();
        assertThat(api.delete("users/" + id, token).statusCode()).as("removing again changes nothing").isEqualTo(204);
        assertThat(events("CUSTOM_REQUIRED_ACTION", adminId, "USER_REMOVED")).hasSize(1);
    }

    @Test
    @DisplayName("a Steward lists the users but changes nothing, and sees Account Information; a plain member sees nothing; a token of another audience is refused")
    void stewardViewsOthersAreRefused() throws Exception {
        String acme = suppliers.organization("Dune Alloys");
        suppliers.administrator(acme, "dee");
        String stewardId = suppliers.member(acme, "sam");
        suppliers.grantByOperator(acme, stewardId, "organization-steward");
        String memberId = suppliers.member(acme, "mo");
        String steward = suppliers.token("sam");

        assertThat(RestApiClient.expect(200, api.get("users", steward))).hasSize(3);
        HttpResponse<String> create = api.createUser(newUser(null, "Hal", "Ray", suppliers.users().email("hal")), steward);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(RestApiClient.json(create).path("error").asText()).isEqualTo("forbidden");
        assertThat(api.post("users/" + memberId + "/disable", steward).statusCode()).isEqualTo(403);
        assertThat(user(memberId).isEnabled()).isTrue();
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, stewardId, null, null, null, 0, 10))
                .extracting(EventRepresentation::getError).contains("mag_not_authorized");

        assertThat(api.get("users", suppliers.token("mo")).statusCode()).as("a member who is neither").isEqualTo(403);

        // Account Information by REST: the steward's organization, roles and administrators; a password session.
        JsonNode information = RestApiClient.expect(200, api.get("account-information", steward));
        assertThat(information.path("userId").asText()).isEqualTo(suppliers.users().username("sam"));
        JsonNode organization = information.path("organizations").get(0);
        assertThat(organization.path("id").asText()).isEqualTo(acme);
        assertThat(organization.path("name").asText()).isEqualTo(suppliers.name(acme));
        assertThat(organization.path("roles").toString()).isEqualTo("[\"user\",\"organization-steward\"]");
        assertThat(organization.path("administrators").get(0).path("userId").asText()).isEqualTo(suppliers.users().username("dee"));
        assertThat(information.path("session").path("credential").asText()).isEqualTo("password");

        String otherAudience = RestApiClient.adminToken(realm, suppliers.users().username("dee"), io.mag.keycloak.it.support.TestUsers.PASSWORD);
        assertThat(api.get("users", otherAudience).statusCode()).isEqualTo(401);
        assertThat(api.get("users", null).statusCode()).isEqualTo(401);
    }
}
