package io.mag.keycloak.it.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.ws.rs.BadRequestException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The shipped realm's password policy (at least 12 characters, not the username, not the email,
 * not one of the last passwords) holds where passwords are set: by an administrator, and for the
 * one-time passwords a registrant gives the organization's administrators in the wizard.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class PasswordPolicyIT {

    /** A one-time password the wizard accepts under the realm's policy. */
    private static final String OTP = "Handover-Pass-2026";

    @InjectRealm(fromJson = MagRealm.JSON)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    private String tag;
    private TestUsers users;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        users = new TestUsers(realm);
    }

    @Test
    @DisplayName("an administrator cannot give a password shorter than 12 characters, equal to the username or email, or reused")
    void adminSetPasswordsFollowThePolicy() {
        String id = users.create("policy-holder", "pat");
        UserResource user = realm.admin().users().get(id);
        UserRepresentation rep = user.toRepresentation();

        assertRefused(user, "Short-pass1");
        assertRefused(user, rep.getUsername());
        assertRefused(user, rep.getEmail());
        assertRefused(user, TestUsers.PASSWORD);

        user.resetPassword(password("A-Longer-Passphrase-1"));
        user.resetPassword(password("A-Longer-Passphrase-2"));
        assertRefused(user, "A-Longer-Passphrase-1");
    }

    @Test
    @DisplayName("the wizard refuses one-time passwords that break the policy: too short, the username, the email")
    void wizardOneTimePasswordsFollowThePolicy() {
        RealmAttributes.easyCaptchaAndNoRateLimit(realm, RealmAttributes.EASY_CAPTCHA);

        RegistrationWizardScreen wizard = new RegistrationWizardScreen(browser);
        SignInPage.signOut(browser, realm);
        wizard.open(browser, realm);
        wizard.solveCaptchaAndContinue();
        wizard.next();
        wizard.fill(RegistrationWizardScreen.profile("Policy Castings " + tag, "contact-" + tag + "@supplier.example"));
        wizard.next();

        String email = "orgadmin-" + tag + "@supplier.example";
        String username = "orgadmin-policy-" + tag;
        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", email, username, "Short-pass1"));
        wizard.next();
        assertThat(wizard.fieldError("password")).as(wizard.pageText()).contains("12");

        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", email, username, username));
        wizard.next();
        assertThat(wizard.fieldError("password")).as(wizard.pageText()).contains("username");

        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", email, username, email));
        wizard.next();
        assertThat(wizard.fieldError("password")).as(wizard.pageText()).contains("email");

        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", email, username, OTP));
        wizard.next();
        assertThat(wizard.fieldError("password")).as(wizard.pageText()).isNull();
    }

    private static void assertRefused(UserResource user, String value) {
        assertThatThrownBy(() -> user.resetPassword(password(value)))
                .as("password %s", value)
                .isInstanceOf(BadRequestException.class);
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(false);
        return credential;
    }
}
