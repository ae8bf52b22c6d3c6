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

import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.RegistrationsApi;
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
        wizard.passCaptcha();
        assertThat(wizard.onPage("mag-registration-intro")).as(wizard.pageText()).isTrue();
        wizard.next();
        wizard.fill(RegistrationWizardScreen.profile("Chromium Fasteners " + tag, "contact-" + tag + "@supplier.example"));
        wizard.next();
        wizard.fill(RegistrationWizardScreen.person("Cara", "Admin", "cara-" + tag + "@supplier.example", "cara-" + tag,
                RegistrationWizardIT.OTP));
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        wizard.next();
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        assertThat(wizard.pageText()).contains("Chromium Fasteners " + tag, "two business days");
        String id = wizard.registrationId();
        assertThat(RegistrationsApi.asOperator(realm).registration(id).path("status").asText()).isEqualTo("pending");
    }
}
