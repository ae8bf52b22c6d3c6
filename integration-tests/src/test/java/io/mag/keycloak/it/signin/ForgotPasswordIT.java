package io.mag.keycloak.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * "Forgot password" and "Forgot User ID?" on the sign-in page, driven as a user does, with the
 * emails read from the test mail server: either name (User ID or email) works, an address shared
 * by several accounts gets one reset per account, and neither page tells whether an address exists.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ForgotPasswordIT {

    private static final String NEW_PASSWORD = "Brand-New-Passw0rd-2026";
    private static final String RESET_SUBJECT = "Reset your password";
    private static final String USER_IDS_SUBJECT = "Your User IDs";
    private static final String EMAIL_SENT = "You should receive an email shortly with further instructions.";
    private static final String USER_IDS_SENT = "If accounts use this email address, you will receive an email listing their User IDs shortly.";
    private static final Pattern RESET_LINK = Pattern.compile("id=\"mag-password-reset-link\" href=\"([^\"]+)\"");
    private static final Pattern RESET_USER_ID = Pattern.compile("id=\"mag-password-reset-body\">[^<]*User ID ([^ .]+)");

    @InjectMailServer
    MailServer mail;

    @InjectRealm(fromJson = MagRealm.JSON)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    TestUsers users;
    Mailbox mails;
    RecoveryScreen screen;

    @BeforeEach
    void signedOut() {
        users = new TestUsers(realm);
        mails = new Mailbox(mail);
        screen = new RecoveryScreen(browser);
        SignInPage.signOut(browser, realm);
    }

    private void requestReset(String name) {
        oauth.openLoginForm();
        screen.openForgotPassword();
        assertThat(screen.showsForgotPassword()).as("the Forgot password page").isTrue();
        screen.requestPasswordReset(name);
    }

    /** The reset links of the emails to {@code address}, by the User ID each email names. */
    private Map<String, String> resetLinks(List<MimeMessage> messages) throws Exception {
        Map<String, String> links = new LinkedHashMap<>();
        for (MimeMessage message : messages) {
            String html = Emails.html(message);
            Matcher userId = RESET_USER_ID.matcher(html);
            Matcher link = RESET_LINK.matcher(html);
            assertThat(userId.find()).as("the email names its User ID: %s", html).isTrue();
            assertThat(link.find()).as("the email has a reset link: %s", html).isTrue();
            links.put(userId.group(1), link.group(1).replace("&amp;", "&"));
            assertThat(Emails.text(message)).contains(userId.group(1), link.group(1).replace("&amp;", "&"));
        }
        return links;
    }

    /** Nothing reaches {@code address} during the whole quiet period (the mail goes out during the request). */
    private void noMailArrivesFor(String address) {
        mails.assertNoMore(address, "", Mailbox.QUIET_PERIOD);
    }

    private boolean signsIn(String username, String password) {
        return oauth.doPasswordGrantRequest(username, password).isSuccess();
    }

    @Test
    @DisplayName("an email shared by two accounts sends a reset to each, naming its User ID; a link resets only its account")
    void sharedEmailResetsEachAccount() throws Exception {
        users.create("first", "kim");
        users.create("second", "kim");
        String email = users.email("kim");

        requestReset(email);

        assertThat(screen.message()).isEqualTo(EMAIL_SENT);
        Map<String, String> links = resetLinks(mails.await(email, RESET_SUBJECT, 2));
        assertThat(links.keySet()).containsExactlyInAnyOrder(users.username("first"), users.username("second"));

        SignInPage.signOut(browser, realm);
        browser.open(links.get(users.username("second")));
        assertThat(screen.asksForNewPassword()).as("the reset link opens Update password").isTrue();
        screen.chooseNewPassword(NEW_PASSWORD);

        assertThat(signsIn(users.username("second"), NEW_PASSWORD)).isTrue();
        assertThat(signsIn(users.username("first"), TestUsers.PASSWORD)).as("the other account is unchanged").isTrue();
        assertThat(signsIn(users.username("first"), NEW_PASSWORD)).isFalse();

        SignInPage.signOut(browser, realm);
        browser.open(links.get(users.username("second")));
        assertThat(screen.asksForNewPassword()).as("a reset link works once").isFalse();
    }

    @Test
    @DisplayName("a User ID, or an email of one account, sends that account one reset naming its User ID")
    void userIdOrSingleEmailResetsTheAccount() throws Exception {
        UserRepresentation hostile = users.account("solo", "lee");
        hostile.setFirstName("O'Brien");
        users.create(hostile);
        String email = users.email("lee");

        requestReset(users.username("solo"));
        assertThat(screen.message()).isEqualTo(EMAIL_SENT);
        List<MimeMessage> first = mails.await(email, RESET_SUBJECT, 1);
        assertThat(resetLinks(first)).containsOnlyKeys(users.username("solo"));
        assertThat(Emails.html(first.get(0))).as("user data escaped").contains("O&#39;Brien").doesNotContain("O'Brien");

        SignInPage.signOut(browser, realm);
        requestReset(email);
        assertThat(screen.message()).isEqualTo(EMAIL_SENT);
        Map<String, String> links = resetLinks(mails.await(email, RESET_SUBJECT, 2).subList(1, 2));
        assertThat(links).containsOnlyKeys(users.username("solo"));

        SignInPage.signOut(browser, realm);
        browser.open(links.get(users.username("solo")));
        screen.chooseNewPassword(NEW_PASSWORD);
        assertThat(signsIn(users.email("lee"), NEW_PASSWORD)).isTrue();
    }

    @Test
    @DisplayName("an unknown email or User ID gets the same answer, and no email is sent")
    void unknownNamesRevealNothing() throws Exception {
        String unknownEmail = users.email("nobody");

        requestReset(unknownEmail);
        assertThat(screen.message()).isEqualTo(EMAIL_SENT);
        SignInPage.signOut(browser, realm);
        requestReset(users.username("nobody"));
        assertThat(screen.message()).isEqualTo(EMAIL_SENT);

        noMailArrivesFor(unknownEmail);
        List<EventRepresentation> errors = realm.admin().getEvents(List.of("RESET_PASSWORD_ERROR"), null, null, null, null, null, 0, 20);
        assertThat(errors).extracting(EventRepresentation::getError).contains("user_not_found");
    }

    @Test
    @DisplayName("Forgot User ID? emails the User IDs registered to the address, and says the same for an unknown one")
    void forgotUserIdListsTheAccounts() throws Exception {
        users.create("alpha", "max");
        users.create("beta", "max");
        String email = users.email("max");

        oauth.openLoginForm();
        screen.openForgotUserId();
        assertThat(screen.showsForgotUserId()).as("the Forgot User ID page, straight from the sign-in page").isTrue();
        screen.requestUserIds(email);

        assertThat(screen.message()).isEqualTo(USER_IDS_SENT);
        MimeMessage message = mails.await(email, USER_IDS_SUBJECT);
        assertThat(Emails.html(message)).contains(users.username("alpha"), users.username("beta"));
        assertThat(Emails.text(message)).contains(users.username("alpha"), users.username("beta"));

        SignInPage.signOut(browser, realm);
        String unknown = users.email("nobody");
        oauth.openLoginForm();
        screen.openForgotPassword();
        screen.openForgotUserId();
        assertThat(screen.showsForgotUserId()).as("the Forgot User ID page, from Forgot password").isTrue();
        screen.requestUserIds(unknown);
        assertThat(screen.message()).isEqualTo(USER_IDS_SENT);
        noMailArrivesFor(unknown);
        mails.assertNoMore(email, USER_IDS_SUBJECT, Mailbox.QUIET_PERIOD);
    }

    @Test
    @DisplayName("Forgot User ID? refuses something that is not an email address with a clear message")
    void forgotUserIdNeedsAnEmail() {
        oauth.openLoginForm();
        screen.openForgotUserId();
        screen.requestUserIds("not-an-address");

        assertThat(screen.showsForgotUserId()).isTrue();
        assertThat(screen.fieldError()).isEqualTo("Please enter a valid email address.");
    }
}
