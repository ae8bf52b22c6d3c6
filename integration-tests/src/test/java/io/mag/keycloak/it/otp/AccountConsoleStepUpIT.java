package io.mag.keycloak.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.TimeBasedOTP;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.OtpPage;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Elevate and Credential strength from the account console (My 2FA Credentials), as the help
 * centre describes them. Chromium only: HtmlUnit does not run the account console (see AccountConsoleIT).
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class AccountConsoleStepUpIT {

    private static final String GROUP = "magTwoFactor";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @Test
    void elevateFromTheAccountConsoleThenStrengthIsOtp() {
        TestUsers users = new TestUsers(realm);
        String secret = "console-secret-" + users.username("s");
        users.createWithOtp("user", "tay", secret);
        SignInPage.signOut(browser, realm);
        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(users.username("user"), TestUsers.PASSWORD);
        AccountConsolePage console = new AccountConsolePage(browser);
        console.waitUntilShown();

        assertThat(strengthShownByTheConsole(console)).isEqualTo("password");

        console.openFromMenu(GROUP, "content/elevate");
        console.waitForActionPage();
        assertThat(console.actionHref()).contains("acr_values=2").doesNotContain("kc_action");
        console.startAction();
        OtpPage otp = new OtpPage(browser);
        browser.waiting().until(driver -> otp.isShown());
        assertThat(otp.asksForUsernameOrPassword()).isFalse();
        otp.enter(new TimeBasedOTP().generateTOTP(secret));
        console.waitForActionPage();

        assertThat(strengthShownByTheConsole(console)).isEqualTo("otp");
    }

    @Test
    void signingInShowsTheOtpSubscriptionExpiryInTheConsolesOwnDateStyle() {
        TestUsers users = new TestUsers(realm);
        String userId = users.createWithOtp("exp", "uma", "console-secret-" + users.username("s"));
        Instant created = otpCreated(userId);
        AccountConsolePage console = signInToTheConsole(users.username("exp"));

        String subscription = console.signingInList(realm, "mag-otp-subscription");

        assertThat(console.locale()).isEqualTo("en");
        assertThat(console.signingInTitle("mag-otp-subscription")).isEqualTo("OTP subscription");
        assertThat(subscription).contains("phone")
                .contains("Valid until " + console.longDate(oneYearLater(created), "UTC") + " (UTC)")
                .as("no ISO day beside Keycloak's own dates").doesNotContain(oneYearLater(created).atZone(ZoneOffset.UTC).toLocalDate().toString());
        assertThat(console.signingInCreated("mag-otp-subscription")).as("Keycloak's own date on the same row, in the same style")
                .contains(console.longDate(created, null));
        assertThat(console.signingInList(realm, "otp")).as("Keycloak's own OTP entry").contains("phone");
    }

    @Test
    void signingInWritesTheExpiryLikeTheConsoleInGermanAndFrench() {
        Map<String, String> validUntil = Map.of("de", "Gültig bis %s (UTC)", "fr", "Valable jusqu'au %s (UTC)");
        Map<String, String> title = Map.of("de", "OTP-Abonnement", "fr", "Abonnement OTP");
        TestUsers users = new TestUsers(realm);
        for (String language : List.of("de", "fr")) {
            String name = "reader-" + language;
            String userId = users.createWithOtp(name, "ute", "console-secret-" + users.username(name));
            UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
            Map<String, List<String>> attributes = user.getAttributes() == null ? new HashMap<>() : new HashMap<>(user.getAttributes());
            attributes.put("locale", List.of(language));
            user.setAttributes(attributes);
            realm.admin().users().get(userId).update(user);
            Instant created = otpCreated(userId);
            AccountConsolePage console = signInToTheConsole(users.username(name));

            String subscription = console.signingInList(realm, "mag-otp-subscription");

            assertThat(console.locale()).isEqualTo(language);
            assertThat(console.signingInTitle("mag-otp-subscription")).isEqualTo(title.get(language));
            assertThat(subscription).as(language).contains("phone")
                    .contains(String.format(validUntil.get(language), console.longDate(oneYearLater(created), "UTC")));
            assertThat(console.signingInCreated("mag-otp-subscription")).as(language)
                    .contains(console.longDate(created, null));
        }
    }

    private AccountConsolePage signInToTheConsole(String username) {
        SignInPage.signOut(browser, realm);
        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(username, TestUsers.PASSWORD);
        return new AccountConsolePage(browser).waitUntilShown();
    }

    private Instant otpCreated(String userId) {
        return Instant.ofEpochMilli(realm.admin().users().get(userId).credentials().stream()
                .filter(c -> "otp".equals(c.getType())).findFirst().orElseThrow().getCreatedDate());
    }

    private static Instant oneYearLater(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
    }

    /** Opens My 2FA Credentials > Credential strength, reads the strength, and returns to the console. */
    private String strengthShownByTheConsole(AccountConsolePage console) {
        console.openFromMenu(GROUP, "content/credential-strength");
        assertThat(console.waitForActionPage()).isEqualTo("mag-credential-strength");
        console.startAction();
        By strength = By.id("mag-credential-strength");
        browser.waiting().until(driver -> !driver.findElements(strength).isEmpty());
        String value = browser.findElement(strength).getDomAttribute("data-strength");
        browser.findElement(By.id("mag-credential-strength-done")).click();
        console.waitForActionPage();
        return value;
    }
}
