package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

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
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.ConnectAccountsScreen;
import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.RegistrationsApi;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Who the wizard designates and what the designated administrators end with: a verified email
 * through the approval email's link (so that they can connect accounts), existing accounts
 * selected by User ID and email, one email for several accounts of a person, and a public page
 * that never says whether a User ID or an email exists (the operator is told instead).
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OnboardingDesignationsIT {

    private static final Pattern LINK = Pattern.compile("id=\"mag-first-time-login\" href=\"([^\"]+)\"");

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mail;

    @InjectOAuthClient
    OAuthClient oauth;

    private String tag;
    private TestUsers users;
    private RegistrationWizardScreen wizard;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        users = new TestUsers(realm);
        wizard = new RegistrationWizardScreen(browser);
        RealmAttributes.easyCaptchaAndNoRateLimit(realm, RealmAttributes.EASY_CAPTCHA);
        SignInPage.signOut(browser, realm);
    }

    @Test
    @DisplayName("an onboarded administrator's approval link verifies the email, and the administrator can then connect a second account with it")
    void approvalLinkVerifiesTheEmailSoThatTheAdministratorCanConnectASecondAccount() throws Exception {
        // The person already has an account elsewhere in the gateway, with the same name and email.
        UserRepresentation second = users.account("second", "olga");
        users.create(second);
        String adminUsername = "olga-" + tag;

        startAtOrgAdmin("Verified Castings " + tag);
        wizard.fill(RegistrationWizardScreen.person(second.getFirstName(), second.getLastName(), second.getEmail(), adminUsername,
                RegistrationWizardIT.OTP));
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        wizard.next();
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as("one email for two accounts is accepted: %s", wizard.pageText()).isTrue();
        String id = wizard.registrationId();
        UserRepresentation admin = user(adminUsername);
        assertThat(admin.getEmail()).isEqualTo(second.getEmail());
        assertThat(admin.isEmailVerified()).isFalse();

        HttpResponse<String> approved = RegistrationsApi.asOperator(realm).approve(id);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        String link = approvalLink(second.getEmail(), adminUsername);
        assertThat(link).contains("/login-actions/action-token?key=");

        // Opened in a browser, the link first asks to confirm (a mail scanner's visit changes nothing).
        SignInPage.signOut(browser, realm);
        browser.open(link);
        assertThat(browser.driver().getPageSource()).contains("Confirm that " + second.getEmail() + " is your email address");
        assertThat(user(adminUsername).isEmailVerified()).as("not verified before the confirmation").isFalse();
        browser.driver().findElement(By.cssSelector("a[href*='action-token']")).click();
        assertThat(user(adminUsername).isEmailVerified()).as("verified by the link").isTrue();
        assertThat(realm.admin().getEvents(List.of("VERIFY_EMAIL"), null, admin.getId(), null, null, null, 0, 10))
                .as("a VERIFY_EMAIL event").isNotEmpty();

        // Single use: the same link again verifies nothing and says so.
        SignInPage.signOut(browser, realm);
        browser.open(link);
        browser.driver().findElement(By.cssSelector("a[href*='action-token']")).click();
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("has already been used");

        // First Time Login with the One Time Password, then Connect Accounts lists the second account.
        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        new SignInPage(browser).signIn(adminUsername, RegistrationWizardIT.OTP);
        FirstTimeLoginScreen firstLogin = new FirstTimeLoginScreen(browser);
        firstLogin.setNewPassword(ApprovedAdministrators.NEW_PASSWORD);
        assertThat(firstLogin.isShown()).as("First Time Login page").isTrue();
        firstLogin.notNow();

        ConnectAccountsScreen.open(oauth);
        ConnectAccountsScreen screen = new ConnectAccountsScreen(browser);
        assertThat(screen.isShown()).as("Connect Accounts page: %s", screen.pageSource()).isTrue();
        assertThat(screen.eligible()).containsExactly(second.getUsername());
        screen.connect(second.getUsername(), TestUsers.PASSWORD);
        assertThat(screen.message()).contains("now connected");
        assertThat(screen.connected()).containsExactly(second.getUsername());
    }

    @Test
    @DisplayName("an approval link of an address that changed since verifies nothing")
    void approvalLinkOfAChangedAddressVerifiesNothing() throws Exception {
        String adminUsername = "moved-" + tag;
        String email = "moved-" + tag + "@supplier.example";
        startAtOrgAdmin("Moved Mail " + tag);
        wizard.fill(RegistrationWizardScreen.person("Mo", "Ved", email, adminUsername, RegistrationWizardIT.OTP));
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        wizard.next();
        wizard.submit();
        String id = wizard.registrationId();
        assertThat(RegistrationsApi.asOperator(realm).approve(id).statusCode()).isEqualTo(200);
        String link = approvalLink(email, adminUsername);

        UserRepresentation admin = user(adminUsername);
        admin.setEmail("elsewhere-" + tag + "@supplier.example");
        realm.admin().users().get(admin.getId()).update(admin);

        SignInPage.signOut(browser, realm);
        browser.open(link);
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains("was sent to an email address that is no longer the address of this account");
        assertThat(user(adminUsername).isEmailVerified()).isFalse();
    }

    @Test
    @DisplayName("an existing account can be selected as Organization Administrator; approval keeps its password, rejection keeps the account")
    void anExistingAccountCanBeSelectedAsAdministrator() throws Exception {
        String existingId = users.create("existing", "petra");
        String existing = users.username("existing");
        int usersBefore = realm.admin().users().count();

        String id = registerWithExistingOrgAdmin("Selected Admin " + tag, existing, users.email("petra"));
        assertThat(realm.admin().users().count()).as("no account created for a selection").isEqualTo(usersBefore);
        JsonNode registration = RegistrationsApi.asOperator(realm).registration(id);
        assertThat(registration.path("organizationAdministrator").asText()).isEqualTo(existingId);
        assertThat(registration.path("organizationAttributes").path("mag.registration.selected-users").get(0).asText()).isEqualTo(existingId);
        assertThat(user(existing).isEnabled()).as("a pending selection changes nothing").isTrue();

        HttpResponse<String> approved = RegistrationsApi.asOperator(realm).approve(id);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        String orgId = registration.path("organizationId").asText();
        assertThat(realm.admin().organizations().get(orgId).members().member(existingId).toRepresentation()).isNotNull();
        RoleGroups roleGroups = new RoleGroups(realm);
        String alias = roleGroups.alias(orgId);
        assertThat(roleGroups.paths(existingId)).contains(RoleGroups.path(alias, RoleGroups.ORGANIZATION_ADMINISTRATORS))
                .anyMatch(path -> RoleGroups.isApplicationAdministrators(path, alias));
        assertThat(user(existing).getRequiredActions()).as("its own password stays").doesNotContain("UPDATE_PASSWORD", "mag-first-time-login");
        assertThat(new ConnectionsApi(realm).token(existing, TestUsers.PASSWORD)).isNotBlank();
        MimeMessage approval = new Mailbox(mail).await(users.email("petra"), "approved");
        assertThat(Emails.text(approval)).contains("Your User ID: " + existing, "Sign in with the password of this account");

        // A rejected registration never removes an account that was only selected.
        String other = registerWithExistingOrgAdmin("Selected Rejected " + tag, existing, users.email("petra"));
        HttpResponse<String> rejected = RegistrationsApi.asOperator(realm).reject(other, "Duplicate");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(realm.admin().users().get(existingId).toRepresentation().isEnabled()).isTrue();
    }

    @Test
    @DisplayName("the public wizard never tells whether a User ID or an email exists; the operator sees it and cannot approve")
    void theWizardDoesNotRevealAccountsAndTellsTheOperator() throws Exception {
        String takenId = users.create("taken", "quinn");
        String taken = users.username("taken");

        startAtOrgAdmin("No Reveal " + tag);
        // A new person with a User ID and an email that exist: no error on the page.
        wizard.fill(RegistrationWizardScreen.person("Quinn", "New", users.email("quinn"), taken, RegistrationWizardIT.OTP));
        wizard.next();
        assertThat(wizard.onPage("mag-registration-app-admins")).as(wizard.pageText()).isTrue();
        // A selection that matches no account is taken just like one that matches.
        String ghost = "ghost-" + tag;
        wizard.check("appAdminExisting");
        wizard.fill(Map.of("username", ghost, "email", "ghost-" + tag + "@supplier.example"));
        wizard.next();
        assertThat(wizard.onPage("mag-registration-review")).as(wizard.pageText()).isTrue();
        assertThat(wizard.pageText()).contains("Existing account, User ID " + ghost);
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        assertThat(wizard.pageText()).doesNotContain("is already taken", "already exists", ghost, taken);
        String id = wizard.registrationId();

        JsonNode registration = RegistrationsApi.asOperator(realm).registration(id);
        assertThat(registration.path("organizationAttributes").path("mag.registration.unresolved").toString())
                .contains("user-id-taken:" + taken, "no-matching-account:" + ghost);
        EventRepresentation submitted = realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, 0, 200).stream()
                .filter(e -> e.getDetails() != null && id.equals(e.getDetails().get("registration_id"))
                        && "REGISTRATION_SUBMITTED".equals(e.getDetails().get("mag_operation")))
                .findFirst().orElseThrow();
        assertThat(submitted.getDetails()).containsEntry("unresolved_designations", "2");

        HttpResponse<String> approve = RegistrationsApi.asOperator(realm).approve(id);
        assertThat(approve.statusCode()).isEqualTo(409);
        assertThat(approve.body()).contains("unresolved_designations");
        assertThat(RegistrationsApi.asOperator(realm).registration(id).path("status").asText()).isEqualTo("pending");
        UserRepresentation untouched = realm.admin().users().get(takenId).toRepresentation();
        assertThat(untouched.isEnabled()).isTrue();
        assertThat(untouched.getFirstName()).isEqualTo("Alex quinn");
    }

    /** From the start link through the captcha, intro and profile, to the Organization Administrator step. */
    private void startAtOrgAdmin(String organization) {
        wizard.open(browser, realm);
        wizard.solveCaptchaAndContinue();
        wizard.next();
        wizard.fill(RegistrationWizardScreen.profile(organization, "contact-" + tag + "@supplier.example"));
        wizard.next();
        assertThat(wizard.onPage("mag-registration-org-admin")).as(wizard.pageText()).isTrue();
    }

    private String registerWithExistingOrgAdmin(String organization, String username, String email) {
        SignInPage.signOut(browser, realm);
        startAtOrgAdmin(organization);
        wizard.check("orgAdminModeExisting");
        wizard.fill(Map.of("username", username, "email", email));
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        wizard.next();
        assertThat(wizard.onPage("mag-registration-review")).as(wizard.pageText()).isTrue();
        assertThat(wizard.pageText()).contains("Existing account, User ID " + username);
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        return wizard.registrationId();
    }

    /** The First Time Login link of the approval email to this address naming this User ID. */
    private String approvalLink(String to, String username) throws Exception {
        Mailbox mailbox = new Mailbox(mail);
        mailbox.await(to, "approved");
        for (MimeMessage message : mailbox.to(to, "approved")) {
            if (Emails.text(message).contains("Your User ID: " + username)) {
                Matcher link = LINK.matcher(Emails.html(message));
                assertThat(link.find()).as("First Time Login link").isTrue();
                return link.group(1).replace("&amp;", "&");
            }
        }
        throw new AssertionError("no approval email to " + to + " naming " + username);
    }

    private UserRepresentation user(String username) {
        return realm.admin().users().search(username, true).get(0);
    }
}
