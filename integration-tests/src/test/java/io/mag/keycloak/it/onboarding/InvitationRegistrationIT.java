package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.JavascriptExecutor;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.InvitationMails;
import io.mag.keycloak.it.support.InvitationsApi;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.RegistrationsApi;
import io.mag.keycloak.it.support.SignInPage;

/**
 * The wizard started from a real invitation email's Register Now link: the invited company and
 * email are fixed, the invitation becomes registered, the inviter is told; used, revoked and
 * forged links get their own pages.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class InvitationRegistrationIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mailServer;

    @InjectTimeOffSet
    TimeOffSet clock;

    private String tag;
    private RegistrationWizardScreen wizard;
    private Mailbox mails;
    private InvitationsApi invitations;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        wizard = new RegistrationWizardScreen(browser);
        mails = new Mailbox(mailServer);
        invitations = new InvitationsApi(realm);
        RealmAttributes.easyCaptchaAndNoRateLimit(realm, RealmAttributes.EASY_CAPTCHA);
        SignInPage.signOut(browser, realm);
    }

    private String spAdminToken() {
        return invitations.token(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
    }

    /** Invites {@code company} at {@code email}; returns {invitationId, Register Now link}. */
    private String[] invite(String company, String email) throws Exception {
        HttpResponse<String> created = invitations.create(company, email, List.of("northwind-supplier-portal"), spAdminToken());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ConnectionsApi.json(created).path("id").asText();
        String link = InvitationMails.registerNowLink(Emails.html(mails.await(email, InvitationMails.SUBJECT)));
        return new String[] {id, link};
    }

    @Test
    void registerNowOpensTheWizardBoundToTheInvitation() throws Exception {
        String company = "Invited Forge " + tag;
        String email = "contact-" + tag + "@supplier.example";
        String[] invitation = invite(company, email);

        browser.open(invitation[1]);
        wizard.solveCaptchaAndContinue();
        wizard.next();
        assertThat(wizard.pageText()).contains(company, email);
        Map<String, String> profile = RegistrationWizardScreen.profile("ignored", "ignored@x.example");
        profile.remove("legalName");
        profile.remove("contactEmail");
        wizard.fill(profile);
        // A forged post cannot switch the invited company or email.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = document.getElementById('mag-registration-profile');"
                        + "['legalName','contactEmail'].forEach(function (n) { var i = document.createElement('input');"
                        + " i.type = 'hidden'; i.name = n; i.value = n == 'legalName' ? 'Switched Inc' : 'evil@attacker.example'; f.appendChild(i); });");
        wizard.next();
        wizard.check("orgAdminModeSelf");
        wizard.fill(Map.of("firstName", "Ines", "lastName", "Invited", "username", "ines-" + tag,
                "password", RegistrationWizardIT.OTP, "passwordConfirm", RegistrationWizardIT.OTP));
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        wizard.next();
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        String registrationId = wizard.registrationId();

        JsonNode registration = RegistrationsApi.asOperator(realm).registration(registrationId);
        assertThat(registration.path("invitationId").asText()).isEqualTo(invitation[0]);
        assertThat(registration.path("contactEmail").asText()).isEqualTo(email);
        assertThat(registration.path("organizationName").asText()).isEqualTo(company);
        OrganizationRepresentation org = realm.admin().organizations().get(registration.path("organizationId").asText()).toRepresentation();
        assertThat(org.getAttributes()).containsEntry("mag.shared-applications", List.of("northwind-supplier-portal"));
        assertThat(realm.admin().users().search("ines-" + tag, true).get(0).getEmail()).isEqualTo(email);

        JsonNode stored = ConnectionsApi.json(invitations.get(invitation[0], spAdminToken()));
        assertThat(stored.path("status").asText()).isEqualTo("registered");
        MimeMessage toInviter = mails.await("sp-admin@northwind-aero.example", company);
        assertThat(Emails.text(toInviter)).contains(company, email);

        // The link is single use.
        SignInPage.signOut(browser, realm);
        browser.open(invitation[1]);
        assertThat(wizard.pageText()).contains("This invitation has already been used to register.");
    }

    @Test
    void forgedAndRevokedLinksGetClearPages() throws Exception {
        browser.open(realm.getBaseUrl() + "/mag-registration/start?invitation=eyJhbGciOiJIUzI1NiJ9.e30.forged");
        assertThat(wizard.pageText()).contains("This registration link is not valid.");

        String email = "revoked-" + tag + "@supplier.example";
        String[] invitation = invite("Revoked Ltd " + tag, email);
        HttpResponse<String> revoked = invitations.delete(invitation[0], spAdminToken());
        assertThat(revoked.statusCode()).as(revoked.body()).isBetween(200, 299);
        browser.open(invitation[1]);
        assertThat(wizard.pageText()).contains("This invitation has been withdrawn by the partner company.");
    }

    @Test
    void aResentInvitationOnlyOpensWithItsNewLink() throws Exception {
        String email = "resent-" + tag + "@supplier.example";
        String[] invitation = invite("Resent Works " + tag, email);

        HttpResponse<String> resent = invitations.post(invitation[0] + "/resend", spAdminToken());
        assertThat(resent.statusCode()).as(resent.body()).isBetween(200, 299);
        String newLink = InvitationMails.registerNowLink(Emails.html(mails.await(email, InvitationMails.SUBJECT, 2).get(1)));
        assertThat(newLink).isNotEqualTo(invitation[1]);

        browser.open(invitation[1]);
        assertThat(wizard.pageText()).contains("This link has been replaced by a newer invitation.")
                .doesNotContain("already been used");
        assertThat(invitationStatus(invitation[0])).as("the old link changed nothing").isEqualTo("pending");
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, null, null, null, null, 0, 100))
                .as("the refusal is recorded with its reason")
                .anyMatch(e -> "mag_invalid_link".equals(e.getError()) && e.getDetails() != null
                        && "REPLACED".equals(e.getDetails().get("mag_refusal")));

        SignInPage.signOut(browser, realm);
        browser.open(newLink);
        wizard.solveCaptchaAndContinue();
        assertThat(wizard.onPage("mag-registration-intro")).as(wizard.pageText()).isTrue();
    }

    @Test
    void anExpiredLinkGetsItsOwnPageAndChangesNothing() throws Exception {
        String email = "expired-" + tag + "@supplier.example";
        String[] invitation = invite("Expired Metals " + tag, email);

        clock.set(Duration.ofDays(30).plusMinutes(1));
        try {
            browser.open(invitation[1]);
            assertThat(wizard.pageText()).contains("This invitation has expired. Please ask the partner company to send a new invitation.");
            assertThat(invitationStatus(invitation[0])).isEqualTo("expired");
        } finally {
            clock.set(Duration.ZERO);
        }
    }

    /** The invitation's status as the inviter's REST API shows it. */
    private String invitationStatus(String id) throws Exception {
        HttpResponse<String> response = invitations.get(id, spAdminToken());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ConnectionsApi.json(response).path("status").asText();
    }
}
