package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.InvitationMails;
import io.mag.keycloak.it.support.InvitationsApi;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.ManageOtpScreen;
import io.mag.keycloak.it.support.OtpSubscriptionsApi;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.RegistrationsApi;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.Screenshots;
import io.mag.keycloak.it.support.SignInPage;

/**
 * The whole onboarding, end to end, as the people in it do it: the partner's Service Provider
 * Administrator invites a supplier; the contact follows Register Now in the real email and walks
 * the wizard; the operator approves; the new Organization Administrator follows the approval
 * email, signs in with the User ID and the one time password, sets a password and (the shared
 * application requires it) an OTP, and gets the Login Success email. Runs with HtmlUnit and in
 * headless Chromium (where the page's own script solves the captcha and the approval email's
 * First Time Login link opens the account console).
 */
@Tag(BrowserJourney.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OnboardingJourneyIT {

    private static final Pattern FIRST_TIME_LOGIN = Pattern.compile("id=\"mag-first-time-login\" href=\"([^\"]+)\"");
    private static final String SHARED_APPLICATION = "northwind-supplier-portal";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mailServer;

    @InjectOAuthClient
    OAuthClient oauth;

    @Test
    void invitedSupplierRegistersIsApprovedAndCompletesFirstTimeLogin() throws Exception {
        RealmAttributes.easyCaptchaAndNoRateLimit(realm, 20000);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String company = "Journey Avionics " + tag;
        String contact = "contact-" + tag + "@journey.example";
        String adminEmail = "olga-" + tag + "@journey.example";
        String adminUsername = "olga-" + tag;
        Mailbox mails = new Mailbox(mailServer);
        SignInPage.signOut(browser, realm);

        // 1. The partner invites (its automation uses the REST API; the page has its own journey).
        InvitationsApi invitations = new InvitationsApi(realm);
        String spAdminToken = invitations.token(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
        HttpResponse<String> invited = invitations.create(company, contact, List.of(SHARED_APPLICATION), spAdminToken);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String invitationId = ConnectionsApi.json(invited).path("id").asText();

        // 2. The contact opens Register Now from the email.
        MimeMessage invitation = mails.await(contact, InvitationMails.SUBJECT);
        assertThat(invitation.getSubject()).isEqualTo("You're Invited to Collaborate with Northwind Aerospace");
        browser.open(InvitationMails.registerNowLink(Emails.html(invitation)));

        // 3. The wizard: captcha, intro, profile, Organization Administrator (a new person, with
        // the one time password handed over), the same person as Application Administrator, review.
        RegistrationWizardScreen wizard = new RegistrationWizardScreen(browser);
        Screenshots screenshots = new Screenshots(browser, "onboarding");
        wizard.passCaptcha();
        wizard.awaitPage("mag-registration-intro");
        screenshots.keep("01-registration-intro");
        wizard.next();
        wizard.awaitPage("mag-registration-profile");
        Map<String, String> profile = RegistrationWizardScreen.profile("ignored", "ignored@journey.example");
        profile.remove("legalName");
        profile.remove("contactEmail");
        wizard.fill(profile);
        screenshots.keep("02-registration-profile");
        wizard.next();
        wizard.awaitPage("mag-registration-org-admin").fill(RegistrationWizardScreen.person("Olga", "Owner", adminEmail, adminUsername, RegistrationWizardIT.OTP));
        wizard.next();
        wizard.awaitPage("mag-registration-app-admins").check("orgAdminIsAppAdmin");
        wizard.next();
        assertThat(wizard.awaitPage("mag-registration-review").pageText()).as("review").contains(company, adminUsername);
        screenshots.keep("03-registration-review");
        wizard.submit();
        wizard.awaitPage("mag-registration-submitted");
        screenshots.keep("04-registration-submitted");
        String registrationId = wizard.registrationId();

        // 4. Pending: the organization is disabled and its administrator cannot sign in.
        RegistrationsApi operator = RegistrationsApi.asOperator(realm);
        JsonNode pending = operator.registration(registrationId);
        assertThat(pending.path("status").asText()).isEqualTo("pending");
        String organizationId = pending.path("organizationId").asText();
        assertThat(realm.admin().organizations().get(organizationId).toRepresentation().isEnabled()).isFalse();
        assertThat(realm.admin().users().search(adminUsername, true).get(0).isEnabled()).isFalse();

        // 5. The operator approves; the administrator's email names the User ID and the link.
        HttpResponse<String> approved = operator.approve(registrationId);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        OrganizationRepresentation organization = realm.admin().organizations().get(organizationId).toRepresentation();
        assertThat(organization.isEnabled()).isTrue();
        assertThat(organization.getName()).isEqualTo(company);
        // Approval subscribed the organization to the invitation's application.
        JsonNode subscriptions = RestApiClient.json(new ApplicationAccessApi(realm).subscriptions().get("?max=1000", RestApiClient.adminToken(
                realm, DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR))));
        assertThat(subscriptions.findParents("organizationId").stream()
                .filter(s -> organizationId.equals(s.path("organizationId").asText()))
                .map(s -> s.path("clientId").asText() + " " + s.path("status").asText() + " " + s.path("origin").asText()))
                .containsExactly(SHARED_APPLICATION + " ACTIVE REGISTRATION");
        MimeMessage approval = mails.await(adminEmail, "approved");
        assertThat(Emails.text(approval)).contains("Your User ID: " + adminUsername);
        Matcher link = FIRST_TIME_LOGIN.matcher(Emails.html(approval));
        assertThat(link.find()).as("First Time Login link").isTrue();

        // 6. The link confirms the address (verified) and leads to First Time Login: User ID + one
        // time password, a new password, OTP (required by the shared application), then the Login
        // Success email.
        browser.open(link.group(1).replace("&amp;", "&"));
        browser.driver().findElement(By.cssSelector("a[href*='action-token']")).click();
        if (isHtmlUnit()) {
            oauth.openLoginForm(); // HtmlUnit does not run the account console the link opens
        }
        new SignInPage(browser).signIn(adminUsername, RegistrationWizardIT.OTP);
        FirstTimeLoginScreen firstLogin = new FirstTimeLoginScreen(browser);
        assertThat(firstLogin.asksForNewPassword()).as("new password page").isTrue();
        firstLogin.setNewPassword(ApprovedAdministrators.NEW_PASSWORD);
        assertThat(firstLogin.isShown()).as("First Time Login page").isTrue();
        assertThat(firstLogin.otpRequired()).isTrue();
        screenshots.keep("05-first-time-login");
        firstLogin.setUpNow();
        // OTP is sold: the operator issues the new administrator's license key, which the setup asks for first.
        ManageOtpScreen otpSetup = new ManageOtpScreen(browser);
        assertThat(otpSetup.showsLicenseKeyPage()).as("license key page").isTrue();
        String adminId = realm.admin().users().search(adminUsername, true).get(0).getId();
        String operatorToken = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        otpSetup.enterLicenseKey(new OtpSubscriptionsApi(realm).issueKey(adminId, operatorToken));
        otpSetup.completeOtpSetup("journey phone");
        if (isHtmlUnit()) {
            assertThat(oauth.parseLoginResponse().getCode()).as("signed in at the application").isNotNull();
        } else {
            new AccountConsolePage(browser).waitUntilShown();
        }
        MimeMessage success = mails.await(adminEmail, ApprovedAdministrators.LOGIN_SUCCESS);
        assertThat(Emails.text(success)).contains(adminUsername, "Renew it there before it expires.")
                .doesNotContain("Purchase or Register Credentials");

        // The administrator is a member with the roles the journey gives; the events tell the story.
        UserRepresentation admin = realm.admin().users().search(adminUsername, true).get(0);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.isEmailVerified()).as("verified by the approval link").isTrue();
        assertThat(realm.admin().organizations().get(organizationId).members().list(0, 10))
                .extracting(UserRepresentation::getUsername).containsExactly(adminUsername);
        RoleGroups roleGroups = new RoleGroups(realm);
        String alias = roleGroups.alias(organizationId);
        assertThat(roleGroups.paths(admin.getId())).as("Organization and Application Administrator of the new organization, with access")
                .contains(RoleGroups.path(alias, RoleGroups.ORGANIZATION_ADMINISTRATORS),
                        RoleGroups.applicationPath(alias, SHARED_APPLICATION, RoleGroups.APPLICATION_ADMINISTRATORS),
                        // the operator's approval is also the Application Administrator's access
                        RoleGroups.applicationPath(alias, SHARED_APPLICATION, RoleGroups.APPLICATION_USERS));
        Map<String, Map<String, String>> events = onboardingEvents();
        assertThat(events.get("INVITATION_SENT")).containsEntry("invitation_id", invitationId);
        assertThat(events.get("REGISTRATION_SUBMITTED"))
                .containsEntry("invitation_id", invitationId).containsEntry("organization_id", organizationId);
        assertThat(events.get("REGISTRATION_APPROVED")).containsEntry("organization_id", organizationId);
        assertThat(events.get("FIRST_LOGIN_COMPLETED")).containsEntry("organization_id", organizationId);
    }

    private boolean isHtmlUnit() {
        return browser.driver().getClass().getSimpleName().contains("HtmlUnit");
    }

    /** The latest detail map of each onboarding operation, by its mag_operation. */
    private Map<String, Map<String, String>> onboardingEvents() {
        Map<String, Map<String, String>> byOperation = new HashMap<>();
        List<EventRepresentation> events = realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, 0, 200);
        for (EventRepresentation event : events) {
            Map<String, String> details = event.getDetails();
            if (details != null && details.containsKey("mag_operation")) {
                byOperation.putIfAbsent(details.get("mag_operation"), details);
            }
        }
        return byOperation;
    }
}
