package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.util.JsonSerialization;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.RegistrationsApi;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Public registration through the wizard (HtmlUnit; the captcha is solved in Java), the pending
 * organization, and the operator's decision through admin REST and the admin console's update.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class RegistrationWizardIT {

    static final String OTP = "Handover-Pass-2026";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mail;

    private String tag;
    private RegistrationWizardScreen wizard;
    private Mailbox mails;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        wizard = new RegistrationWizardScreen(browser);
        mails = new Mailbox(mail);
        RealmAttributes.easyCaptchaAndNoRateLimit(realm, RealmAttributes.EASY_CAPTCHA);
        SignInPage.signOut(browser, realm);
    }

    String email(String who) {
        return who + "-" + tag + "@supplier.example";
    }

    String username(String who) {
        return who + "-" + tag;
    }

    @Test
    @DisplayName("the progress stepper marks the current step and links back to the completed ones, keeping what was typed")
    void stepperMarksTheCurrentStepAndLinksBack() {
        wizard.open(browser, realm);
        wizard.solveCaptchaAndContinue();
        wizard.next(); // intro
        assertThat(wizard.currentStep()).isEqualTo("Organization Profile");
        assertThat(wizard.stepLinks()).isEmpty();
        wizard.fill(RegistrationWizardScreen.profile("Stepper " + tag, email("contact")));
        wizard.next();
        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", email("orgadmin"), username("orgadmin"), OTP));
        wizard.next();
        assertThat(wizard.currentStep()).isEqualTo("Application Administrator(s)");
        assertThat(wizard.stepLinks()).containsExactly("Organization Profile", "Organization Administrator");

        wizard.fill(Map.of("firstName", "Arne"));
        wizard.goToStep("PROFILE");
        assertThat(wizard.onPage("mag-registration-profile")).as(wizard.pageText()).isTrue();
        assertThat(wizard.currentStep()).isEqualTo("Organization Profile");
        assertThat(wizard.value("legalName")).isEqualTo("Stepper " + tag);

        wizard.next();
        assertThat(wizard.currentStep()).isEqualTo("Organization Administrator");
        assertThat(wizard.value("firstName")).isEqualTo("Olga");
        wizard.next();
        assertThat(wizard.onPage("mag-registration-app-admins")).as(wizard.pageText()).isTrue();
        assertThat(wizard.value("firstName")).as("the half-typed administrator is kept").isEqualTo("Arne");
    }

    /** The wizard from the start link to the confirmation; returns the registration id. */
    String register(String name) {
        wizard.open(browser, realm);
        wizard.solveCaptchaAndContinue();
        wizard.next(); // intro
        wizard.fill(RegistrationWizardScreen.profile(name, email("contact")));
        wizard.next();
        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", email("orgadmin"), username("orgadmin"), OTP));
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        wizard.fill(RegistrationWizardScreen.person("Arne", "Apps", email("appadmin"), username("appadmin"), OTP));
        wizard.next();
        assertThat(wizard.onPage("mag-registration-review")).as(wizard.pageText()).isTrue();
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        return wizard.registrationId();
    }

    @Test
    void publicRegistrationIsPendingUntilTheOperatorApproves() throws Exception {
        String name = "Acme Castings " + tag;
        String id = register(name);
        assertThat(wizard.pageText()).contains("two business days", "does not mean that a partner company chooses to do business");

        JsonNode registration = RegistrationsApi.asOperator(realm).registration(id);
        assertThat(registration.path("status").asText()).isEqualTo("pending");
        String orgId = registration.path("organizationId").asText();
        OrganizationRepresentation org = realm.admin().organizations().get(orgId).toRepresentation();
        assertThat(org.isEnabled()).isFalse();
        assertThat(org.getName()).isEqualTo(name);
        assertThat(org.getDescription()).isEqualTo("Registered publicly; pending operator approval");
        assertThat(org.getAttributes()).containsEntry("mag.organization.type", List.of("supplier"))
                .containsEntry("mag.shared-applications", List.of(RegistrationWizardScreen.PUBLIC_CLIENT))
                .containsEntry("mag.registration.status", List.of("pending"))
                .containsEntry("mag.profile.city", List.of("Wichita"))
                .containsEntry("mag.profile.cageCode", List.of("1AB23"));
        UserRepresentation orgAdmin = user(username("orgadmin"));
        assertThat(orgAdmin.isEnabled()).isFalse();
        assertThat(orgAdmin.getRequiredActions()).contains("UPDATE_PASSWORD");
        assertThat(user(username("appadmin")).isEnabled()).isFalse();
        assertThat(passwordGrant(username("orgadmin"))).as("a pending administrator cannot sign in").isNotEqualTo(200);

        EventRepresentation submitted = event("REGISTRATION_SUBMITTED", id);
        assertThat(submitted.getDetails()).containsEntry("organization_id", orgId);

        // The partner's Service Provider Administrator hears about it.
        MimeMessage partnerMail = mails.await("sp-admin@northwind-aero.example", name);
        assertThat(Emails.text(partnerMail)).contains(name, email("contact"));

        HttpResponse<String> approved = RegistrationsApi.asOperator(realm).approve(id);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        assertThat(realm.admin().organizations().get(orgId).toRepresentation().isEnabled()).isTrue();
        for (String who : List.of("orgadmin", "appadmin")) {
            UserRepresentation admin = user(username(who));
            assertThat(admin.isEnabled()).isTrue();
            assertThat(admin.getRequiredActions()).contains("UPDATE_PASSWORD", "mag-first-time-login");
            assertThat(realm.admin().organizations().get(orgId).members().member(admin.getId()).toRepresentation()).isNotNull();
            MimeMessage approval = mails.await(email(who), "approved");
            assertThat(Emails.text(approval)).contains("Your User ID: " + username(who), "/realms/mag/login-actions/action-token?key=");
            assertThat(Emails.html(approval)).contains("id=\"mag-first-time-login\"", "/realms/mag/login-actions/action-token?key=");
        }
        RoleGroups roleGroups = new RoleGroups(realm);
        String alias = roleGroups.alias(orgId);
        String orgAdminGroup = RoleGroups.path(alias, RoleGroups.ORGANIZATION_ADMINISTRATORS);
        assertThat(roleGroups.paths(user(username("orgadmin")).getId())).contains(orgAdminGroup)
                .anyMatch(path -> RoleGroups.isApplicationAdministrators(path, alias));
        assertThat(roleGroups.paths(user(username("appadmin")).getId())).doesNotContain(orgAdminGroup)
                .anyMatch(path -> RoleGroups.isApplicationAdministrators(path, alias));
        assertThat(event("REGISTRATION_APPROVED", id).getDetails()).containsEntry("organization_id", orgId);

        HttpResponse<String> again = RegistrationsApi.asOperator(realm).approve(id);
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void rejectRemovesUsersAndOrganizationAndTellsTheRegistrant() throws Exception {
        String name = "Reject Me " + tag;
        String id = register(name);
        RegistrationsApi api = RegistrationsApi.asOperator(realm);
        String orgId = api.registration(id).path("organizationId").asText();

        assertThat(api.reject(id, null).statusCode()).as("reason required").isEqualTo(400);
        HttpResponse<String> rejected = api.reject(id, "Unknown <b>supplier</b> & no DUNS match");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

        assertThat(api.registration(id).path("status").asText()).isEqualTo("rejected");
        assertThat(realm.admin().users().search(username("orgadmin"), true)).isEmpty();
        assertThat(realm.admin().users().search(username("appadmin"), true)).isEmpty();
        assertThat(realm.admin().organizations().search(name, true, 0, 10)).isEmpty();
        assertThat(passwordGrant(username("orgadmin"))).isNotEqualTo(200);

        MimeMessage reason = mails.await(email("contact"), "not approved");
        assertThat(Emails.text(reason)).contains("Unknown <b>supplier</b> & no DUNS match");
        assertThat(Emails.html(reason)).contains("Unknown &lt;b&gt;supplier&lt;/b&gt; &amp; no DUNS match")
                .doesNotContain("<b>supplier</b>");
        assertThat(event("REGISTRATION_REJECTED", id)).isNotNull();
        assertThat(orgId).isNotBlank();
    }

    @Test
    void everyFieldIsValidatedAndBackKeepsWhatWasTyped() {
        wizard.open(browser, realm);
        wizard.solveCaptchaAndContinue();
        wizard.next();
        Map<String, String> bad = RegistrationWizardScreen.profile("", "not-an-email");
        bad.put("phone", "call me");
        bad.put("postalCode", "<>");
        bad.put("cageCode", "12");
        bad.put("dunsNumber", "12345");
        bad.put("website", "javascript:alert(1)");
        bad.put("city", "x".repeat(101));
        wizard.fill(bad);
        wizard.next();
        assertThat(wizard.fieldError("legalName")).isEqualTo("This field is required.");
        assertThat(wizard.fieldError("contactEmail")).isEqualTo("Please enter a valid email address.");
        assertThat(wizard.fieldError("phone")).startsWith("Please enter a valid phone number");
        assertThat(wizard.fieldError("postalCode")).startsWith("Please enter a valid postal code");
        assertThat(wizard.fieldError("cageCode")).isEqualTo("A CAGE code has exactly 5 letters or digits.");
        assertThat(wizard.fieldError("dunsNumber")).isEqualTo("A DUNS number has exactly 9 digits.");
        assertThat(wizard.fieldError("website")).startsWith("Please enter a web address");
        assertThat(wizard.fieldError("city")).isEqualTo("Please enter at most 100 characters.");
        assertThat(wizard.fieldError("street")).isNull();
        assertThat(wizard.value("phone")).as("what was typed stays").isEqualTo("call me");

        Map<String, String> good = RegistrationWizardScreen.profile("Back Keeps " + tag, email("contact"));
        good.put("website", "https://acme.example");
        wizard.fill(good);
        wizard.next();
        wizard.fill(Map.of("firstName", "Kept", "lastName", "Value", "email", "nope", "username", "x"));
        wizard.next();
        assertThat(wizard.fieldError("email")).isEqualTo("Please enter a valid email address.");
        assertThat(wizard.fieldError("username")).startsWith("A User ID has 3 to 64 characters");
        assertThat(wizard.fieldError("password")).isEqualTo("This field is required.");
        // Whether a User ID or an email exists is never said on this public page.
        wizard.fill(Map.of("username", "operator", "email", "operator@mag.localhost"));
        wizard.next();
        assertThat(wizard.fieldError("username")).isNull();
        assertThat(wizard.fieldError("email")).isNull();
        wizard.fill(Map.of("password", "a", "passwordConfirm", "b"));
        wizard.next();
        assertThat(wizard.fieldError("passwordConfirm")).isEqualTo("The passwords do not match.");

        wizard.back();
        assertThat(wizard.onPage("mag-registration-profile")).isTrue();
        assertThat(wizard.value("city")).isEqualTo("Wichita");
        assertThat(wizard.value("legalName")).isEqualTo("Back Keeps " + tag);
        wizard.next();
        assertThat(wizard.value("firstName")).isEqualTo("Kept");
        assertThat(wizard.value("lastName")).isEqualTo("Value");

        wizard.fill(RegistrationWizardScreen.person("Kept", "Value", email("orgadmin"), username("orgadmin"), OTP));
        wizard.next();
        wizard.next(); // nobody designated
        assertThat(wizard.fieldError("orgAdminIsAppAdmin")).isEqualTo("Designate at least one Application Administrator.");
    }

    @Test
    void duplicateOrganizationNamesAreRefusedCaseInsensitively() {
        String name = "Duplicate Works " + tag;
        register(name);
        SignInPage.signOut(browser, realm);
        wizard.open(browser, realm);
        wizard.solveCaptchaAndContinue();
        wizard.next();
        wizard.fill(RegistrationWizardScreen.profile("  DUPLICATE   works " + tag.toUpperCase() + " ", email("other")));
        wizard.next();
        assertThat(wizard.fieldError("legalName")).startsWith("An organization with this name is already registered");
        // An existing native organization counts too.
        wizard.fill(Map.of("legalName", "northwind AEROSPACE"));
        wizard.next();
        assertThat(wizard.fieldError("legalName")).startsWith("An organization with this name is already registered");
    }

    @Test
    void captchaMissingOrWrongIsRefused() {
        wizard.open(browser, realm);
        String firstChallenge = wizard.pageSource().replaceAll("(?s).*data-challenge=\"([0-9a-f]+)\".*", "$1");
        wizard.setCaptchaNumber("");
        wizard.next();
        assertThat(wizard.pageSource()).as("a new page was rendered").doesNotContain(firstChallenge);
        assertThat(wizard.pageText()).as(wizard.pageSource()).contains("Please complete the captcha before you continue.");
        assertThat(wizard.onPage("mag-registration-captcha")).isTrue();
        wizard.setCaptchaNumber("999999");
        wizard.next();
        assertThat(wizard.pageText()).contains("The captcha answer was not accepted.");
        assertThat(wizard.onPage("mag-registration-captcha")).isTrue();
        wizard.solveCaptchaAndContinue();
        assertThat(wizard.onPage("mag-registration-intro")).isTrue();
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, null, null, null, null, 0, 50))
                .anyMatch(e -> "mag_captcha_failed".equals(e.getError()));
    }

    @Test
    void doubleSubmitCreatesOneRequest() {
        String name = "Double Click " + tag;
        wizard.open(browser, realm);
        wizard.solveCaptchaAndContinue();
        wizard.next();
        wizard.fill(RegistrationWizardScreen.profile(name, email("contact")));
        wizard.next();
        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", email("orgadmin"), username("orgadmin"), OTP));
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        wizard.next();
        wizard.submit();
        String id = wizard.registrationId();
        browser.driver().navigate().back();
        if (wizard.onPage("mag-registration-review")) {
            wizard.submit();
        }
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        JsonNode all = ConnectionsApi.json(RegistrationsApi.asOperator(realm).get("?status=all&max=1000"));
        List<String> ids = new ArrayList<>();
        all.forEach(r -> {
            if (r.path("organizationName").asText().equals(name)) {
                ids.add(r.path("id").asText());
            }
        });
        assertThat(ids).containsExactly(id);
    }

    @Test
    void concurrentApprovalsGiveOneResultAndOneEmailEach() throws Exception {
        String id = register("Race Approve " + tag);
        RegistrationsApi api = RegistrationsApi.asOperator(realm);
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> api.approve(id));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> api.approve(id));
        List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        mails.await(email("orgadmin"), "approved");
        mails.assertNoMore(email("orgadmin"), "approved", Mailbox.QUIET_PERIOD);
    }

    @Test
    @DisplayName("enabling the pending organization in the admin console approves it, and its description and status then say approved")
    void enablingThePendingOrganizationInTheAdminConsoleApprovesIt() throws Exception {
        String id = register("Console Enable " + tag);
        String orgId = RegistrationsApi.asOperator(realm).registration(id).path("organizationId").asText();
        OrganizationRepresentation org = realm.admin().organizations().get(orgId).toRepresentation();
        org.setEnabled(true);
        try (var response = realm.admin().organizations().get(orgId).update(org)) {
            assertThat(response.getStatus()).isEqualTo(204);
        }
        assertThat(RegistrationsApi.asOperator(realm).registration(id).path("status").asText()).isEqualTo("approved");
        OrganizationRepresentation approved = realm.admin().organizations().get(orgId).toRepresentation();
        assertThat(approved.getDescription()).as("the description the console shows, true to the state")
                .isEqualTo("Registered publicly; approved by the operator");
        assertThat(approved.getAttributes()).containsEntry("mag.registration.status", List.of("approved"));
        UserRepresentation admin = user(username("orgadmin"));
        assertThat(admin.isEnabled()).isTrue();
        RoleGroups roleGroups = new RoleGroups(realm);
        assertThat(roleGroups.paths(admin.getId())).contains(RoleGroups.path(roleGroups.alias(orgId), RoleGroups.ORGANIZATION_ADMINISTRATORS));
        mails.await(email("orgadmin"), "approved");
    }

    @Test
    void enablingInTheConsoleWithoutManageUsersFailsTheSaveAndApprovesNothing() throws Exception {
        String id = register("Console Refused " + tag);
        String orgId = RegistrationsApi.asOperator(realm).registration(id).path("organizationId").asText();
        // An administrator who may edit organizations (manage-realm) but not users.
        UserRepresentation realmOnly = new UserRepresentation();
        realmOnly.setUsername("realm-only-" + tag);
        realmOnly.setEnabled(true);
        realmOnly.setEmail("realm-only-" + tag + "@mag.localhost");
        realmOnly.setFirstName("Realm");
        realmOnly.setLastName("Only");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(TestUsers.PASSWORD);
        password.setTemporary(false);
        realmOnly.setCredentials(List.of(password));
        String realmOnlyId;
        try (var created = realm.admin().users().create(realmOnly)) {
            realmOnlyId = CreatedResponseUtil.getCreatedId(created);
        }
        String realmManagement = realm.admin().clients().findByClientId("realm-management").get(0).getId();
        realm.admin().users().get(realmOnlyId).roles().clientLevel(realmManagement).add(List.of(
                realm.admin().clients().get(realmManagement).roles().get("manage-realm").toRepresentation(),
                realm.admin().clients().get(realmManagement).roles().get("view-users").toRepresentation()));
        String token = new ConnectionsApi(realm).token(realmOnly.getUsername(), TestUsers.PASSWORD);

        OrganizationRepresentation org = realm.admin().organizations().get(orgId).toRepresentation();
        org.setEnabled(true);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(
                                realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/organizations/" + orgId))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JsonSerialization.writeValueAsString(org)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("the console's save fails visibly: %s", response.body()).isEqualTo(403);
        assertThat(ConnectionsApi.json(response).path("errorMessage").asText())
                .contains("requires the manage-users role", "stays pending");
        assertThat(RegistrationsApi.asOperator(realm).registration(id).path("status").asText()).isEqualTo("pending");
        assertThat(realm.admin().organizations().get(orgId).toRepresentation().isEnabled()).as("update rolled back").isFalse();
        assertThat(user(username("orgadmin")).isEnabled()).isFalse();
    }

    @Test
    void hostileNamesAreEscapedInPagesAndEmails() throws Exception {
        String name = "<script>alert(1)</script> & Co " + tag;
        register(name);
        assertThat(wizard.pageSource()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        MimeMessage partner = mails.await("sp-admin@northwind-aero.example", tag);
        assertThat(Emails.html(partner)).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        assertThat(Emails.text(partner)).contains(name);
    }

    private UserRepresentation user(String username) {
        return realm.admin().users().search(username, true).get(0);
    }

    private int passwordGrant(String username) {
        try {
            new ConnectionsApi(realm).token(username, OTP);
            return 200;
        } catch (AssertionError e) {
            return 400;
        }
    }

    private EventRepresentation event(String operation, String registrationId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, 0, 200).stream()
                .filter(e -> e.getDetails() != null && operation.equals(e.getDetails().get("mag_operation"))
                        && registrationId.equals(e.getDetails().get("registration_id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + operation + " event for " + registrationId));
    }

    @SuppressWarnings("unused")
    private static By by(String id) {
        return By.id(id);
    }
}
