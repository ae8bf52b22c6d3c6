package io.mag.keycloak.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.TimeBasedOTP;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.OtpPage;
import io.mag.keycloak.it.support.OtpRequiredApplication;
import io.mag.keycloak.it.support.Screenshots;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/** The main step-up journey, also run in headless Chromium. */
@Tag(BrowserJourney.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class StepUpJourneyIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient plainApp;

    @InjectOAuthClient(ref = "otp", config = OtpRequiredApplication.class)
    OAuthClient otpApp;

    @Test
    void passwordThenOtpAtTheApplicationThenStrengthIsOtp() {
        TestUsers users = new TestUsers(realm);
        String secret = "journey-secret-" + users.username("s");
        users.createWithOtp("user", "sam", secret);
        SignInPage.signOut(browser, realm);

        Screenshots screenshots = new Screenshots(browser, "step-up");
        plainApp.openLoginForm();
        screenshots.keep("01-sign-in");
        new SignInPage(browser).signIn(users.username("user"), TestUsers.PASSWORD);
        assertThat(plainApp.parseLoginResponse().getCode()).isNotNull();

        openStrengthPage();
        assertThat(strength()).isEqualTo("password");
        screenshots.keep("02-credential-strength-password");

        otpApp.openLoginForm();
        OtpPage otp = new OtpPage(browser);
        assertThat(otp.isShown()).isTrue();
        assertThat(otp.asksForUsernameOrPassword()).isFalse();
        assertThat(otp.heading()).isEqualTo(OtpRequiredApplication.NAME + " requires a one-time password");
        screenshots.keep("03-otp");
        otp.enter(new TimeBasedOTP().generateTOTP(secret));
        assertThat(otpApp.parseLoginResponse().getCode()).isNotNull();

        openStrengthPage();
        assertThat(strength()).isEqualTo("otp");
        assertThat(browser.findElement(By.id("mag-credential-strength")).getText()).contains("One-time password (OTP)");
        screenshots.keep("04-credential-strength-otp");
    }

    /** The Credential strength page, started the way the account console starts it (kc_action). */
    private void openStrengthPage() {
        plainApp.loginForm().kcAction("mag-credential-strength").open();
    }

    private String strength() {
        return browser.findElement(By.id("mag-credential-strength")).getDomAttribute("data-strength");
    }
}
