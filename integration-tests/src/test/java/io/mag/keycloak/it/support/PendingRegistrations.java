package io.mag.keycloak.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * Organization registrations waiting for the operator, submitted through the public wizard like a
 * registrant does (the captcha made easy by {@link RealmAttributes#easyCaptchaAndNoRateLimit}).
 */
public final class PendingRegistrations {

    public static final String PASSWORD = "Handover-Pass-2026";

    private final ManagedWebDriver browser;
    private final ManagedRealm realm;

    public PendingRegistrations(ManagedWebDriver browser, ManagedRealm realm) {
        this.browser = browser;
        this.realm = realm;
    }

    /**
     * Registers organization {@code name}; its Organization Administrator is {@code orgadmin-<tag>},
     * the contact {@code contact-<tag>@supplier.example}. Returns the registration's id.
     */
    public String submit(String name, String tag) {
        SignInPage.signOut(browser, realm);
        RegistrationWizardScreen wizard = new RegistrationWizardScreen(browser);
        wizard.open(browser, realm);
        wizard.passCaptcha();
        wizard.next(); // intro
        wizard.fill(RegistrationWizardScreen.profile(name, contactEmail(tag)));
        wizard.next();
        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", "orgadmin-" + tag + "@supplier.example", "orgadmin-" + tag, PASSWORD));
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        wizard.next();
        assertThat(wizard.onPage("mag-registration-review")).as(wizard.pageText()).isTrue();
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        return wizard.registrationId();
    }

    public static String contactEmail(String tag) {
        return "contact-" + tag + "@supplier.example";
    }
}
