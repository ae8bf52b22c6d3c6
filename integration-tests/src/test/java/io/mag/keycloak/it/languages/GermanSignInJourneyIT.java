package io.mag.keycloak.it.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.TimeBasedOTP;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.ManageOtpScreen;
import io.mag.keycloak.it.support.OtpPage;
import io.mag.keycloak.it.support.OtpRequiredApplication;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Signing in in German: the user picks Deutsch in Keycloak's language selector, signs in, steps
 * up to OTP at an application that requires it, and opens Manage OTP, every page in German with
 * German dates; the choice stays on the account. Also run in headless Chromium, which keeps a
 * screenshot of the German Manage OTP page as a test artifact.
 */
@Tag(BrowserJourney.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class GermanSignInJourneyIT {

    /** Where the Chromium run keeps its screenshot (under integration-tests/target/). */
    static final Path SCREENSHOT = Path.of("target", "screenshots", "german-manage-otp.png");
    private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @InjectRealm(fromJson = MagRealm.JSON)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient plainApp;

    @InjectOAuthClient(ref = "otp", config = OtpRequiredApplication.class)
    OAuthClient otpApp;

    private TestUsers users;
    private LanguageSelector language;

    @BeforeEach
    void setUp() {
        users = new TestUsers(realm);
        language = new LanguageSelector(browser);
        SignInPage.signOut(browser, realm);
    }

    @Test
    @DisplayName("a user who picks Deutsch signs in, steps up to OTP and manages OTP in German, with German dates, and keeps German on the account")
    void signsInStepsUpAndManagesOtpInGerman() throws Exception {
        String secret = "de-secret-" + users.username("s");
        String userId = users.createWithOtp("de", "dora", secret);

        plainApp.openLoginForm();
        assertThat(language.offered()).containsExactlyInAnyOrder("English", "German (Deutsch)", "French (Français)");
        assertThat(language.pageLanguage()).isEqualTo("en");
        language.choose("de");
        assertThat(language.pageLanguage()).isEqualTo("de");
        assertThat(language.pageTitle()).isEqualTo("Beim Managed Access Gateway anmelden");

        new SignInPage(browser).signIn(users.username("de"), TestUsers.PASSWORD);
        assertThat(plainApp.parseLoginResponse().getCode()).as("password sign-in").isNotNull();
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        assertThat(user.getAttributes()).as("the choice is kept on the account").containsEntry("locale", List.of("de"));

        // Step-up at the OTP application: Keycloak's OTP page, in German.
        otpApp.openLoginForm();
        OtpPage otp = new OtpPage(browser);
        assertThat(otp.isShown()).as("OTP page").isTrue();
        assertThat(language.pageLanguage()).isEqualTo("de");
        assertThat(language.pageTitle()).isEqualTo(OtpRequiredApplication.NAME + " erfordert ein Einmalpasswort");
        otp.enter(new TimeBasedOTP().generateTOTP(secret));
        assertThat(otpApp.parseLoginResponse().getCode()).as("elevated sign-in").isNotNull();

        // Manage OTP: our page, in German, the dates written the German way.
        ManageOtpScreen.open(plainApp);
        ManageOtpScreen manage = new ManageOtpScreen(browser);
        assertThat(manage.isShown()).as(language.bodyText()).isTrue();
        assertThat(language.pageTitle()).isEqualTo("OTP verwalten");
        assertThat(language.bodyText()).contains("OTP-Zugangsdaten sind Jahresabonnements.");
        ManageOtpScreen.Listed listed = manage.only();
        String activated = GERMAN_DAY.format(LocalDate.parse(listed.activatedOn()));
        String expires = GERMAN_DAY.format(LocalDate.parse(listed.expiresOn()));
        assertThat(text(".mag-otp-activated")).isEqualTo("Aktiviert am " + activated + " (UTC)");
        assertThat(text(".mag-otp-expires")).isEqualTo("Läuft ab am " + expires + " (UTC)");
        assertThat(text(".mag-otp-status")).startsWith("Ihr Abonnement ist aktiv.");

        keepScreenshot();
    }

    @Test
    @DisplayName("an account whose language is German gets the OTP requirement page in German, though the browser asks for English")
    void theAccountsLanguageWinsOverTheBrowsers() {
        UserRepresentation account = users.account("nootp", "nina");
        account.setAttributes(Map.of("locale", List.of("de")));
        users.create(account);

        otpApp.openLoginForm();
        assertThat(language.pageLanguage()).as("before the user is known: the browser's language").isEqualTo("en");
        new SignInPage(browser).signIn(users.username("nootp"), TestUsers.PASSWORD);

        assertThat(new OtpPage(browser).requirement()).isEqualTo("missing");
        assertThat(language.pageLanguage()).isEqualTo("de");
        assertThat(language.pageTitle()).isEqualTo("Einmalpasswort erforderlich");
        assertThat(language.bodyText()).contains(
                "Diese Anwendung erfordert aktive OTP-Zugangsdaten (Einmalpasswort), und Ihr Konto hat keine.");
    }

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getDomProperty("textContent").trim().replaceAll("\\s+", " ");
    }

    /**
     * A real browser keeps a screenshot of the page as a test artifact; HtmlUnit renders nothing
     * and cannot take one, so its run only checks the page's text.
     */
    private void keepScreenshot() throws IOException {
        if (!(browser.driver() instanceof TakesScreenshot camera)) {
            return;
        }
        byte[] png = camera.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);
        assertThat(Files.size(SCREENSHOT)).as("screenshot %s", SCREENSHOT.toAbsolutePath()).isGreaterThan(1000);
        assertThat(Arrays.copyOf(png, 4)).as("a PNG").containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}
