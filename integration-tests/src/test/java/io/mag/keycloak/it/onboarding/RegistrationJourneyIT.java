package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.RegistrationsApi;
import io.mag.keycloak.it.support.Screenshots;
import io.mag.keycloak.it.support.SignInPage;

/**
 * Public registration from the login page's link to the confirmation. In headless Chromium (the
 * browser-journeys run) the page's own script solves the proof of work; under HtmlUnit the test
 * solves it in Java.
 */
@Tag(BrowserJourney.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class RegistrationJourneyIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @Test
    void anOrganizationRegistersFromTheLoginPage() {
        RealmAttributes.easyCaptchaAndNoRateLimit(realm, 20000);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SignInPage.signOut(browser, realm);

        browser.open(realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=northwind-sourcing&response_type=code"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8082%2Fcallback&scope=openid"
                + "&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        browser.driver().findElement(By.id("mag-register-organization-link")).click();

        RegistrationWizardScreen wizard = new RegistrationWizardScreen(browser);
        Screenshots screenshots = new Screenshots(browser, "registration");
        screenshots.keep("01-captcha");
        wizard.passCaptcha();
        assertThat(wizard.onPage("mag-registration-intro")).as(wizard.pageText()).isTrue();
        screenshots.keep("02-intro");
        wizard.next();
        wizard.fill(RegistrationWizardScreen.profile("Chromium Fasteners " + tag, "contact-" + tag + "@supplier.example"));
        screenshots.keep("03-profile");
        wizard.next();
        wizard.fill(RegistrationWizardScreen.person("Cara", "Admin", "cara-" + tag + "@supplier.example", "cara-" + tag,
                RegistrationWizardIT.OTP));
        screenshots.keep("04-org-admin");
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        screenshots.keep("05-app-admins");
        wizard.next();
        screenshots.keep("06-review");
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        screenshots.keep("07-submitted");
        assertThat(wizard.pageText()).contains("Chromium Fasteners " + tag, "two business days");
        WebElement leave = browser.driver().findElement(By.id("mag-submitted-leave"));
        assertThat(leave.getText()).as("a way on from the confirmation").isEqualTo("Go to Northwind Sourcing");
        assertThat(leave.getDomAttribute("href")).as("the application's root URL").isEqualTo("http://127.0.0.1:8082");
        String id = wizard.registrationId();
        assertThat(RegistrationsApi.asOperator(realm).registration(id).path("status").asText()).isEqualTo("pending");
    }
}
