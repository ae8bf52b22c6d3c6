package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.ManageOtpScreen;
import io.mag.keycloak.it.support.OtpSubscriptionsApi;
import io.mag.keycloak.it.support.SignInPage;

/**
 * The first-time login journey in headless Chromium, through the account console (which HtmlUnit
 * does not run): User ID and one time password, new password, OTP offered and declined, the Login
 * Success email; later its link opens My Account, Manage OTP, where Purchase or Register
 * Credentials sets up OTP.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class FirstTimeLoginJourneyIT {

    private static final Pattern LINK = Pattern.compile("id=\"mag-login-success-link\" href=\"([^\"]+)\"");

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mail;

    @Test
    void firstTimeLoginThenBackToCredentialingFromTheLoginSuccessEmail() throws Exception {
        ApprovedAdministrators approved = new ApprovedAdministrators(realm);
        String organizationId = approved.organization("Gale Composites", ApprovedAdministrators.PASSWORD_APP);
        String userId = approved.administrator(organizationId, "gil");
        SignInPage.signOut(browser, realm);

        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(approved.username("gil"), ApprovedAdministrators.ONE_TIME_PASSWORD);
        FirstTimeLoginScreen screen = new FirstTimeLoginScreen(browser);
        assertThat(screen.asksForNewPassword()).isTrue();
        screen.setNewPassword(ApprovedAdministrators.NEW_PASSWORD);
        assertThat(screen.isShown()).isTrue();
        assertThat(screen.otpRequired()).isFalse();
        screen.notNow();
        new AccountConsolePage(browser).waitUntilShown();

        String html = Emails.html(new Mailbox(mail).await(approved.email("gil"), ApprovedAdministrators.LOGIN_SUCCESS));
        Matcher link = LINK.matcher(html);
        assertThat(link.find()).as("Manage OTP link in " + html).isTrue();
        assertThat(link.group(1)).isEqualTo(AccountConsolePage.url(realm) + "content/manage-otp");

        // Later, from the email: sign in again, land on Manage OTP in the account console.
        SignInPage.signOut(browser, realm);
        browser.open(link.group(1));
        new SignInPage(browser).signIn(approved.username("gil"), ApprovedAdministrators.NEW_PASSWORD);
        AccountConsolePage console = new AccountConsolePage(browser);
        assertThat(console.waitForActionPage()).isEqualTo(ManageOtpScreen.ACTION);
        console.startAction();

        ManageOtpScreen manage = new ManageOtpScreen(browser);
        browser.waiting().until(driver -> manage.isShown());
        assertThat(manage.offersPurchaseOrRegister()).isTrue();
        manage.purchaseOrRegister();
        // OTP is sold: the license key an operator issued for the user comes first.
        browser.waiting().until(driver -> manage.showsLicenseKeyPage());
        String operatorToken = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        manage.enterLicenseKey(new OtpSubscriptionsApi(realm).issueKey(userId, operatorToken));
        browser.waiting().until(driver -> manage.showsOtpSetup());
        manage.completeOtpSetup("phone");

        assertThat(new AccountConsolePage(browser).waitForActionPage()).isEqualTo(ManageOtpScreen.ACTION);
        assertThat(approved.hasOtp(userId)).isTrue();
    }
}
