package io.mag.keycloak.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.TimeBasedOTP;
import org.keycloak.representations.idm.CredentialRepresentation;
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
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.Eventually;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.MailServerOutage;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.ManageOtpScreen;
import io.mag.keycloak.it.support.OtpPage;
import io.mag.keycloak.it.support.OtpRequiredApplication;
import io.mag.keycloak.it.support.OtpSubscriptionsApi;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Binding a new OTP credential: step up, then set up, while an active one exists (Manage OTP,
 * {@code kc_action=CONFIGURE_TOTP} as the account console starts it, deletion by the account
 * console's action and by the account REST API); a first credential at password level, with a
 * notice to the account's email; and, in a realm that sells OTP (the shipped one), a license key
 * for every new credential.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OtpEnrolmentIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mail;

    /** An application open at password strength. */
    @InjectOAuthClient
    OAuthClient plainApp;

    @InjectOAuthClient(ref = "otp", config = OtpRequiredApplication.class)
    OAuthClient otpApp;

    private TestUsers users;
    private ManageOtpScreen screen;
    private OtpPage otpPage;
    private OtpSubscriptionsApi api;
    private String operatorToken;

    @BeforeEach
    void setUp() {
        users = new TestUsers(realm);
        screen = new ManageOtpScreen(browser);
        otpPage = new OtpPage(browser);
        api = new OtpSubscriptionsApi(realm);
        operatorToken = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        SignInPage.signOut(browser, realm);
    }

    @Test
    @DisplayName("a first credential at password level needs the user's license key, and the account's email is told")
    void firstCredentialNeedsALicenseKeyAndNotifies() throws Exception {
        String userId = users.create("ann", "ann");
        ManageOtpScreen.openOtpSetup(plainApp);
        new SignInPage(browser).signIn(users.username("ann"), TestUsers.PASSWORD);

        assertThat(screen.showsLicenseKeyPage()).as("license key page before Keycloak's setup").isTrue();
        assertThat(screen.showsOtpSetup()).isFalse();
        assertThat(screen.licenseKeyHowTo()).contains(users.username("ann")).contains("gateway operator");

        screen.enterLicenseKey("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE");
        assertThat(screen.licenseKeyError()).contains("cannot be used");
        assertThat(screen.showsOtpSetup()).isFalse();
        assertThat(otpCredentialIds(userId)).isEmpty();
        assertThat(realm.admin().attackDetection().bruteForceUserStatus(userId)).containsEntry("numFailures", 1);
        assertThat(refusals(userId)).contains("unknown");

        String key = api.issueKey(userId, operatorToken);
        screen.enterLicenseKey(key);
        assertThat(screen.showsOtpSetup()).as("Keycloak's OTP setup page").isTrue();
        screen.completeOtpSetup("ann phone");

        assertThat(plainApp.parseLoginResponse().getCode()).as("back at the application").isNotNull();
        List<String> otp = otpCredentialIds(userId);
        assertThat(otp).hasSize(1);
        assertThat(credentialTypes(userId)).as("its subscription is recorded at once").contains("mag-otp-subscription");
        assertThat(ConnectionsApi.json(api.get("users/" + userId + "/license-keys", operatorToken)).get(0).hasNonNull("redeemedAt"))
                .as("the key is used up").isTrue();
        assertThat(addedEvents(userId)).singleElement().satisfies(d -> assertThat(d)
                .containsEntry("credential_id", otp.get(0)).containsEntry("mag_entitled", "true"));

        MimeMessage notice = new Mailbox(mail).await(users.email("ann"), "");
        assertThat(notice.getSubject()).contains("new one-time-password device was added");
        assertThat(Emails.text(notice)).contains("ann phone", users.username("ann"), "If it was not you", "change your password");
        assertThat(Emails.html(notice)).contains("id=\"mag-otp-device-added-if-not-you\"");
    }

    @Test
    @DisplayName("after a lapsed credential a new one needs a new key: a used key sets up nothing")
    void aKeyBuysOneCredentialOnly() {
        String userId = userWithOtp("bo", "bo-secret-0123456789");
        lapse(userId, otpCredentialIds(userId).get(0));
        String key = api.issueKey(userId, operatorToken);

        openManageOtpAs("bo");
        screen.setUpNewFromFirstOffered();
        assertThat(screen.showsLicenseKeyPage()).as("no active credential: allowed at password level, with a key").isTrue();
        screen.enterLicenseKey(key);
        screen.completeOtpSetup("bo new phone");
        assertThat(otpCredentialIds(userId)).hasSize(2);

        // The new one lapses too; the same key again buys nothing.
        otpCredentialIds(userId).forEach(id -> lapse(userId, id));
        openManageOtpAs("bo");
        screen.setUpNewFromFirstOffered();
        assertThat(screen.showsLicenseKeyPage()).isTrue();
        screen.enterLicenseKey(key);
        assertThat(screen.licenseKeyError()).contains("cannot be used");
        assertThat(screen.showsOtpSetup()).isFalse();
        assertThat(otpCredentialIds(userId)).hasSize(2);
        assertThat(refusals(userId)).contains("used");
    }

    /** The realm attribute that says OTP is included (the shipped realm sells it). */
    private void otpIncluded() {
        realm.updateWithCleanup(r -> r.update(rep -> {
            Map<String, String> attributes = rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
            attributes.put("magOtpIncluded", "true");
            rep.setAttributes(attributes);
        }));
    }

    @Test
    @DisplayName("in a realm that includes OTP, a first credential is set up at password level without a key, and the account's email is told in the account's language")
    void firstCredentialWithoutKey() throws Exception {
        otpIncluded();
        String userId = users.create("cy", "cy");
        UserRepresentation cy = realm.admin().users().get(userId).toRepresentation();
        cy.singleAttribute("locale", "de");
        realm.admin().users().get(userId).update(cy);
        ManageOtpScreen.openOtpSetup(plainApp);
        new SignInPage(browser).signIn(users.username("cy"), TestUsers.PASSWORD);
        assertThat(screen.showsLicenseKeyPage()).isFalse();
        assertThat(screen.showsOtpSetup()).isTrue();
        screen.completeOtpSetup("cy phone");

        assertThat(otpCredentialIds(userId)).hasSize(1);
        assertThat(addedEvents(userId)).singleElement().satisfies(d -> assertThat(d).containsEntry("mag_entitled", "false"));
        MimeMessage notice = new Mailbox(mail).await(users.email("cy"), "");
        assertThat(notice.getSubject()).contains("neues Gerät für Einmalpasswörter");
        assertThat(Emails.text(notice)).as("the time written the German way, dd.MM.yyyy HH:mm")
                .containsPattern("am \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} \\(UTC\\)");
    }

    @Test
    @DisplayName("the notice of a new device still arrives when the mail server refused it at first: the failure is an event, the email is sent again once the server is back, once")
    void noticeSentAgainAfterAMailServerOutage() throws Exception {
        otpIncluded();
        String userId = users.create("eve", "eve");
        Mailbox mails = new Mailbox(mail);
        String subject = "new one-time-password device was added";
        try (MailServerOutage outage = MailServerOutage.begin(realm)) {
            ManageOtpScreen.openOtpSetup(plainApp);
            new SignInPage(browser).signIn(users.username("eve"), TestUsers.PASSWORD);
            screen.completeOtpSetup("eve phone");
            assertThat(plainApp.parseLoginResponse().getCode()).as("the setup completes although its email failed").isNotNull();
            List<String> otp = otpCredentialIds(userId);
            assertThat(otp).hasSize(1);
            Eventually.await("the failed send recorded as an event", () -> sendFailedEvents(userId),
                    events -> events.stream().anyMatch(d -> otp.get(0).equals(d.get("credential_id"))));
            assertThat(mails.to(users.email("eve"), subject)).as("nothing could be sent while the server was down").isEmpty();
            outage.end();
        }

        MimeMessage notice = mails.await(users.email("eve"), subject);
        assertThat(Emails.text(notice)).contains("eve phone", users.username("eve"));
        mails.assertNoMore(users.email("eve"), subject, Duration.ofSeconds(MagServerConfig.OUTBOX_GRACE_SECONDS + 2L * MagServerConfig.OUTBOX_RESEND_INTERVAL_SECONDS));
    }

    private List<Map<String, String>> sendFailedEvents(String userId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, userId, null, null, null, 0, 50).stream()
                .filter(e -> "email_send_failed".equals(e.getError()))
                .map(EventRepresentation::getDetails)
                .filter(d -> d != null && "OTP_ADDED".equals(d.get("mag_operation")))
                .toList();
    }

    @Test
    @DisplayName("kc_action=CONFIGURE_TOTP in a password session asks for the active credential's code before the setup")
    void kcActionStepsUpBeforeSetup() {
        otpIncluded();
        String secret = "dee-secret-0123456789";
        String userId = userWithOtp("dee", secret);
        passwordSession("dee");

        ManageOtpScreen.openOtpSetup(plainApp);
        assertThat(otpPage.isShown()).as("the step-up's OTP page").isTrue();
        assertThat(screen.showsOtpSetup()).as("no setup at password level").isFalse();
        assertThat(otpCredentialIds(userId)).hasSize(1);

        otpPage.enter(new TimeBasedOTP().generateTOTP(secret));
        assertThat(screen.showsOtpSetup()).as("set up after stepping up").isTrue();
        screen.completeOtpSetup("dee second phone");
        assertThat(otpCredentialIds(userId)).hasSize(2);
    }

    @Test
    @DisplayName("Manage OTP refuses a new credential below the OTP level while one is active, and allows it after Elevate")
    void manageOtpStepUpThenSetUp() {
        otpIncluded();
        String secret = "eve-secret-0123456789";
        String userId = userWithOtp("eve", secret, "eve-old-secret-01234");
        String old = otpCredentialIds(userId).stream()
                .filter(id -> realm.admin().users().get(userId).credentials().stream()
                        .anyMatch(c -> c.getId().equals(id) && "old phone".equals(c.getUserLabel())))
                .findFirst().orElseThrow();
        lapse(userId, old);

        openManageOtpAs("eve");
        screen.setUpNewFromFirstOffered();
        assertThat(screen.message()).contains("sign in with a code from it first");
        assertThat(screen.showsOtpSetup()).isFalse();
        assertThat(realm.admin().users().get(userId).toRepresentation().getRequiredActions()).isEmpty();
        assertThat(otpCredentialIds(userId)).hasSize(2);
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, userId, null, null, null, 0, 50).stream()
                .map(EventRepresentation::getDetails))
                .anySatisfy(d -> assertThat(d).containsEntry("mag_operation", "SETUP").containsEntry("mag_refusal", "step_up_required"));

        // Elevate as the account console does (acr_values=2 in the same session), then Manage OTP again.
        // The refused setup left the sign-in that opened Manage OTP unfinished, so the browser may
        // hold no session yet: Elevate then asks for the password first, as it would for anyone.
        plainApp.loginForm().param("acr_values", "2").open();
        if (!otpPage.isShown()) {
            new SignInPage(browser).signIn(users.username("eve"), TestUsers.PASSWORD);
        }
        assertThat(otpPage.isShown()).as("Elevate asks for the code").isTrue();
        otpPage.enter(new TimeBasedOTP().generateTOTP(secret));
        assertThat(plainApp.parseLoginResponse().getCode()).isNotNull();
        ManageOtpScreen.open(plainApp);
        assertThat(screen.isShown()).isTrue();
        screen.setUpNewFromFirstOffered();
        assertThat(screen.showsOtpSetup()).isTrue();
        screen.completeOtpSetup("eve new phone");
        assertThat(otpCredentialIds(userId)).hasSize(3);
    }

    @Test
    @DisplayName("deleting an OTP credential needs the OTP level: the account console's action and the account REST API")
    void deletionNeedsTheOtpLevel() {
        otpIncluded();
        String secret = "fay-secret-0123456789";
        String userId = userWithOtp("fay", secret);
        String otp = otpCredentialIds(userId).get(0);
        AccessTokenResponse password = passwordSession("fay");

        assertThat(deleteByAccountApi(otp, password.getAccessToken())).as("account REST at password level").isEqualTo(403);
        assertThat(otpCredentialIds(userId)).containsExactly(otp);

        plainApp.loginForm().kcAction("delete_credential:" + otp).open();
        assertThat(otpPage.isShown()).as("the account console's delete asks for the OTP first").isTrue();
        assertThat(browser.driver().findElements(By.id("kc-delete-text"))).isEmpty();
        assertThat(otpCredentialIds(userId)).containsExactly(otp);

        otpApp.openLoginForm();
        otpPage.enter(new TimeBasedOTP().generateTOTP(secret));
        String elevated = otpApp.doAccessTokenRequest(otpApp.parseLoginResponse().getCode()).getAccessToken();
        assertThat(deleteByAccountApi(otp, elevated)).as("account REST at OTP level").isEqualTo(204);
        assertThat(otpCredentialIds(userId)).isEmpty();
    }

    private AccessTokenResponse passwordSession(String name) {
        plainApp.openLoginForm();
        new SignInPage(browser).signIn(users.username(name), TestUsers.PASSWORD);
        return plainApp.doAccessTokenRequest(plainApp.parseLoginResponse().getCode());
    }

    private void openManageOtpAs(String name) {
        SignInPage.signOut(browser, realm);
        ManageOtpScreen.open(plainApp);
        new SignInPage(browser).signIn(users.username(name), TestUsers.PASSWORD);
        assertThat(screen.isShown()).as("Manage OTP page").isTrue();
    }

    /** A user with OTP credentials of these secrets, labelled "phone", then "old phone". */
    private String userWithOtp(String name, String secret, String... olderSecrets) {
        UserRepresentation user = users.account(name, name);
        List<CredentialRepresentation> credentials = new ArrayList<>(user.getCredentials());
        credentials.add(TestUsers.otpCredential("phone", secret));
        Arrays.stream(olderSecrets).forEach(s -> credentials.add(TestUsers.otpCredential("old phone", s)));
        user.setCredentials(credentials);
        return users.create(user);
    }

    /** Moves the subscription past its renewal period (an operator setting dates). */
    private void lapse(String userId, String credentialId) {
        Instant expiry = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> set = api.setDates(userId, credentialId, expiry.minus(365, ChronoUnit.DAYS).toString(), expiry.toString(), operatorToken);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    private List<String> otpCredentialIds(String userId) {
        return realm.admin().users().get(userId).credentials().stream()
                .filter(c -> "otp".equals(c.getType())).map(CredentialRepresentation::getId).toList();
    }

    private List<String> credentialTypes(String userId) {
        return realm.admin().users().get(userId).credentials().stream().map(CredentialRepresentation::getType).toList();
    }

    private List<Map<String, String>> addedEvents(String userId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, userId, null, null, null, 0, 50).stream()
                .map(EventRepresentation::getDetails)
                .filter(d -> d != null && "OTP_ADDED".equals(d.get("mag_operation")))
                .toList();
    }

    private List<String> refusals(String userId) {
        return realm.admin().getEvents(List.of("UPDATE_CREDENTIAL_ERROR"), null, userId, null, null, null, 0, 50).stream()
                .map(EventRepresentation::getDetails)
                .filter(d -> d != null && d.containsKey("mag_refusal"))
                .map(d -> d.get("mag_refusal"))
                .toList();
    }

    private int deleteByAccountApi(String credentialId, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/account/credentials/" + credentialId))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").DELETE().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
