package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.Eventually;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.MailServerOutage;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.ManageOtpScreen;
import io.mag.keycloak.it.support.OtpSubscriptionsApi;
import io.mag.keycloak.it.support.SignInPage;

/**
 * First Time Login of an approved administrator (required action mag-first-time-login): User ID
 * and the one time password, a new password, OTP setup required when a shared application
 * requires OTP (otherwise offered), the Login Success email, the event, and the way back to
 * credentialing through Manage OTP.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class FirstTimeLoginIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectMailServer
    MailServer mail;

    private ApprovedAdministrators approved;
    private FirstTimeLoginScreen screen;
    private Mailbox mails;

    @BeforeEach
    void setUp() {
        approved = new ApprovedAdministrators(realm);
        screen = new FirstTimeLoginScreen(browser);
        mails = new Mailbox(mail);
        SignInPage.signOut(browser, realm);
    }

    /** Signs in with the User ID and the one time password, then sets the new password. */
    private void signInFirstTime(String name) {
        oauth.openLoginForm();
        new SignInPage(browser).signIn(approved.username(name), ApprovedAdministrators.ONE_TIME_PASSWORD);
        assertThat(screen.asksForNewPassword()).as("Keycloak's new-password page").isTrue();
        screen.setNewPassword(ApprovedAdministrators.NEW_PASSWORD);
    }

    /** The realm sells OTP: the page before Keycloak's setup takes the license key an operator issued for the user. */
    private void enterIssuedLicenseKey(String userId) {
        ManageOtpScreen otp = new ManageOtpScreen(browser);
        assertThat(otp.showsLicenseKeyPage()).as("license key page before Keycloak's OTP setup").isTrue();
        String operator = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        otp.enterLicenseKey(new OtpSubscriptionsApi(realm).issueKey(userId, operator));
    }

    private List<Map<String, String>> firstLoginEvents(String userId, String type) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100).stream()
                .map(EventRepresentation::getDetails)
                .filter(d -> d != null && "mag-first-time-login".equals(d.get("custom_required_action"))
                        && "FIRST_LOGIN_COMPLETED".equals(d.get("mag_operation")))
                .toList();
    }

    private String manageOtpLink() {
        return realm.getBaseUrl() + "/account/content/manage-otp";
    }

    @Test
    @DisplayName("a shared application requires OTP: new password, OTP setup forced, Login Success email with the way back, event")
    void otpRequired() throws Exception {
        String organizationId = approved.organization("Acme Machining", ApprovedAdministrators.OTP_APP, ApprovedAdministrators.PASSWORD_APP);
        String userId = approved.administrator(organizationId, "ada");

        signInFirstTime("ada");

        assertThat(screen.isShown()).as("First Time Login page").isTrue();
        assertThat(screen.otpRequired()).isTrue();
        assertThat(screen.otpApplications()).containsExactly("Northwind Supplier Portal");
        assertThat(screen.offersNotNow()).as("Not now, when OTP is required").isFalse();

        // A crafted "Not now" is refused and changes nothing.
        String refused = screen.forgePost(Map.of("operation", "not-now"));
        assertThat(refused).contains("requires OTP").contains("id=\"mag-first-login\"");
        assertThat(approved.requiredActions(userId)).contains(ApprovedAdministrators.FIRST_TIME_LOGIN);
        assertThat(firstLoginEvents(userId, "CUSTOM_REQUIRED_ACTION_ERROR")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("mag_refusal", "otp_required").containsEntry("organization_id", organizationId));

        // Leaving and signing in again (with the new password) leads back here, not to the application.
        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        new SignInPage(browser).signIn(approved.username("ada"), ApprovedAdministrators.NEW_PASSWORD);
        assertThat(screen.isShown()).as("First Time Login page after signing in again").isTrue();

        screen.setUpNow();
        ManageOtpScreen otpSetup = new ManageOtpScreen(browser);
        // Without a license key the administrator is told how to obtain one.
        assertThat(otpSetup.showsLicenseKeyPage()).as("license key page").isTrue();
        assertThat(otpSetup.licenseKeyHowTo()).contains(approved.username("ada"), "gateway operator");
        enterIssuedLicenseKey(userId);
        assertThat(otpSetup.showsOtpSetup()).as("Keycloak's OTP setup page").isTrue();
        assertThat(screen.otpSetupOffersCancel()).as("cancel on the OTP setup").isFalse();
        otpSetup.completeOtpSetup("phone");

        assertThat(oauth.parseLoginResponse().getCode()).as("back at the application").isNotNull();
        assertThat(approved.requiredActions(userId)).isEmpty();
        assertThat(approved.hasOtp(userId)).isTrue();

        MimeMessage email = mails.await(approved.email("ada"), ApprovedAdministrators.LOGIN_SUCCESS);
        assertThat(email.getSubject()).isEqualTo("[Managed Access Gateway] Login Success");
        String html = Emails.html(email);
        assertThat(html).contains("href=\"" + manageOtpLink() + "\"", approved.username("ada"),
                "My Account", "Manage OTP", "credential is set up",
                "Your OTP credential is listed with its subscription dates. Renew it there before it expires.");
        // Worded for a user who has OTP: no purchase step, and the list is numbered once ("1. Log into", not "1. Step 1.").
        assertThat(html).doesNotContain("Purchase or Register Credentials", "Step 1.", "Step 3.");
        String text = Emails.text(email);
        assertThat(text).contains(manageOtpLink(), approved.username("ada"), "1. Log into your Managed Access Gateway account at",
                "3. Your OTP credential is listed with its subscription dates.");
        assertThat(text).doesNotContain("Purchase or Register Credentials", "Step 1.");

        assertThat(firstLoginEvents(userId, "CUSTOM_REQUIRED_ACTION")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("organization_id", organizationId).containsEntry("mag_otp", "configured"));

        // The new credential is an annual subscription, as every OTP set up on Keycloak's page.
        String token = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        assertThat(new OtpSubscriptionsApi(realm).only(userId, token).path("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    @DisplayName("no shared application requires OTP: OTP offered, Not now finishes, one Login Success email")
    void otpOffered() throws Exception {
        String organizationId = approved.organization("Birch Components", ApprovedAdministrators.PASSWORD_APP);
        String userId = approved.administrator(organizationId, "bo");

        signInFirstTime("bo");

        assertThat(screen.isShown()).isTrue();
        assertThat(screen.otpRequired()).isFalse();
        assertThat(screen.otpApplications()).isEmpty();
        assertThat(screen.offersNotNow()).isTrue();
        screen.notNow();

        assertThat(oauth.parseLoginResponse().getCode()).as("back at the application").isNotNull();
        assertThat(approved.requiredActions(userId)).isEmpty();
        assertThat(approved.hasOtp(userId)).isFalse();
        MimeMessage email = mails.await(approved.email("bo"), ApprovedAdministrators.LOGIN_SUCCESS);
        assertThat(Emails.html(email)).contains("not set up", "href=\"" + manageOtpLink() + "\"", "Purchase or Register Credentials")
                .doesNotContain("Step 3.");
        assertThat(firstLoginEvents(userId, "CUSTOM_REQUIRED_ACTION")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("organization_id", organizationId).containsEntry("mag_otp", "not_now"));

        // Signing in again goes straight to the application; still one email.
        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        new SignInPage(browser).signIn(approved.username("bo"), ApprovedAdministrators.NEW_PASSWORD);
        assertThat(oauth.parseLoginResponse().getCode()).isNotNull();
        mails.assertNoMore(approved.email("bo"), ApprovedAdministrators.LOGIN_SUCCESS, Mailbox.QUIET_PERIOD);
        assertThat(firstLoginEvents(userId, "CUSTOM_REQUIRED_ACTION")).hasSize(1);
    }

    @Test
    @DisplayName("the Login Success email still arrives when the mail server refused it at first: the failure is an event, the email is sent again once the server is back, once")
    void loginSuccessSentAgainAfterAMailServerOutage() throws Exception {
        String organizationId = approved.organization("Fir Castings", ApprovedAdministrators.PASSWORD_APP);
        String userId = approved.administrator(organizationId, "gus");

        try (MailServerOutage outage = MailServerOutage.begin(realm)) {
            signInFirstTime("gus");
            screen.notNow();
            assertThat(oauth.parseLoginResponse().getCode()).as("first-time login completes although its email failed").isNotNull();
            Eventually.await("the failed send recorded as an event", () -> firstLoginEvents(userId, "CUSTOM_REQUIRED_ACTION_ERROR"),
                    events -> !events.isEmpty());
            assertThat(mails.to(approved.email("gus"), ApprovedAdministrators.LOGIN_SUCCESS)).as("nothing sent while the server was down").isEmpty();
            outage.end();
        }

        MimeMessage email = mails.await(approved.email("gus"), ApprovedAdministrators.LOGIN_SUCCESS);
        assertThat(Emails.html(email)).contains("not set up", "href=\"" + manageOtpLink() + "\"");
        mails.assertNoMore(approved.email("gus"), ApprovedAdministrators.LOGIN_SUCCESS,
                Duration.ofSeconds(MagServerConfig.OUTBOX_GRACE_SECONDS + 2L * MagServerConfig.OUTBOX_RESEND_INTERVAL_SECONDS));
    }

    @Test
    @DisplayName("OTP offered: Set up OTP now leads to Keycloak's setup, then first-time login completes")
    void setUpNowWhenOffered() throws Exception {
        String organizationId = approved.organization("Cedar Forge", ApprovedAdministrators.PASSWORD_APP);
        String userId = approved.administrator(organizationId, "cy");

        signInFirstTime("cy");
        assertThat(screen.otpRequired()).isFalse();
        screen.setUpNow();

        ManageOtpScreen otpSetup = new ManageOtpScreen(browser);
        enterIssuedLicenseKey(userId);
        assertThat(otpSetup.showsOtpSetup()).isTrue();
        assertThat(approved.requiredActions(userId)).as("still pending during the setup")
                .contains(ApprovedAdministrators.FIRST_TIME_LOGIN);
        otpSetup.completeOtpSetup("phone");

        assertThat(oauth.parseLoginResponse().getCode()).isNotNull();
        assertThat(approved.requiredActions(userId)).isEmpty();
        assertThat(approved.hasOtp(userId)).isTrue();
        assertThat(Emails.html(mails.await(approved.email("cy"), ApprovedAdministrators.LOGIN_SUCCESS))).contains("credential is set up");
        assertThat(firstLoginEvents(userId, "CUSTOM_REQUIRED_ACTION")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("mag_otp", "configured"));
    }

    @Test
    @DisplayName("return to credentialing: after Not now, Manage OTP offers Purchase or Register Credentials, which sets up OTP")
    void returnToCredentialing() throws Exception {
        String organizationId = approved.organization("Dune Avionics", ApprovedAdministrators.PASSWORD_APP);
        String userId = approved.administrator(organizationId, "di");
        signInFirstTime("di");
        screen.notNow();
        assertThat(oauth.parseLoginResponse().getCode()).isNotNull();
        assertThat(Emails.html(mails.await(approved.email("di"), ApprovedAdministrators.LOGIN_SUCCESS))).contains("href=\"" + manageOtpLink() + "\"");

        // The link opens the account console's Manage OTP page, whose button starts mag-manage-otp
        // (FirstTimeLoginJourneyIT follows it in Chromium); here the same action, started directly.
        SignInPage.signOut(browser, realm);
        ManageOtpScreen.open(oauth);
        new SignInPage(browser).signIn(approved.username("di"), ApprovedAdministrators.NEW_PASSWORD);
        ManageOtpScreen manage = new ManageOtpScreen(browser);
        assertThat(manage.isShown()).isTrue();
        assertThat(manage.offersPurchaseOrRegister()).isTrue();
        manage.purchaseOrRegister();
        enterIssuedLicenseKey(userId);
        assertThat(manage.showsOtpSetup()).isTrue();
        manage.completeOtpSetup("phone");

        assertThat(oauth.parseLoginResponse().getCode()).isNotNull();
        assertThat(approved.hasOtp(userId)).isTrue();
        mails.assertNoMore(approved.email("di"), ApprovedAdministrators.LOGIN_SUCCESS, Mailbox.QUIET_PERIOD);
    }

    @Test
    @DisplayName("a wrong one time password is counted by the brute-force detector and never recorded")
    void wrongOneTimePassword() {
        String organizationId = approved.organization("Elm Tooling", ApprovedAdministrators.PASSWORD_APP);
        String userId = approved.administrator(organizationId, "ed");
        String wrong = "Wrong-0ne-Time-" + approved.username("x");

        oauth.openLoginForm();
        new SignInPage(browser).signIn(approved.username("ed"), wrong);

        assertThat(screen.asksForNewPassword()).isFalse();
        assertThat(realm.admin().attackDetection().bruteForceUserStatus(userId)).containsEntry("numFailures", 1);
        List<EventRepresentation> errors = realm.admin().getEvents(List.of("LOGIN_ERROR"), null, userId, null, null, null, 0, 10);
        assertThat(errors).isNotEmpty();
        assertThat(errors).allSatisfy(e -> assertThat(String.valueOf(e.getDetails())).doesNotContain(wrong));

        // The right one time password still works.
        SignInPage.signOut(browser, realm);
        signInFirstTime("ed");
        assertThat(screen.isShown()).isTrue();
    }

    @Test
    @DisplayName("hostile names are escaped on the page and in the email")
    // Keycloak's user profile refuses <, >, & and " in person names (error-person-name-invalid-character),
    // so the hostile name on the page is an application's, and the email's first name carries an apostrophe,
    // which FreeMarker's HTML escaping turns into &#39;.
    void hostileNamesEscaped() throws Exception {
        ClientRepresentation hostileApp = new ClientRepresentation();
        hostileApp.setClientId("hostile-app-" + approved.username("h"));
        hostileApp.setName("<img src=x onerror=alert(1)>Portal");
        hostileApp.setPublicClient(true);
        hostileApp.setAttributes(Map.of("minimum.acr.value", "2"));
        realm.admin().clients().create(hostileApp).close();
        String organizationId = approved.organization("Fir Works", hostileApp.getClientId());
        String userId = approved.administrator(organizationId, "fa", "D'Arcy");

        signInFirstTime("fa");
        assertThat(screen.otpApplications()).containsExactly("<img src=x onerror=alert(1)>Portal");
        assertThat(screen.pageSource()).contains("&lt;img src=x onerror=alert(1)&gt;Portal").doesNotContain("<img src=x");

        screen.setUpNow();
        enterIssuedLicenseKey(userId);
        new ManageOtpScreen(browser).completeOtpSetup("phone");
        assertThat(oauth.parseLoginResponse().getCode()).isNotNull();

        MimeMessage email = mails.await(approved.email("fa"), ApprovedAdministrators.LOGIN_SUCCESS);
        String html = Emails.html(email);
        assertThat(html).contains("Hello D&#39;Arcy,").doesNotContain("D'Arcy");
        assertThat(Emails.text(email)).contains("Hello D'Arcy,");
    }
}
