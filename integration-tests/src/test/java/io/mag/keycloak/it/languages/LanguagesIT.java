package io.mag.keycloak.it.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.mag.keycloak.it.support.AccountConsoleTexts;
import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.InvitationMails;
import io.mag.keycloak.it.support.InvitationsApi;
import io.mag.keycloak.it.support.InviteOrganizationsScreen;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.RegistrationsApi;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Emails in the recipient's language: the invited contact's (chosen by the inviter on the page or
 * in the REST body, checked against the realm's languages) and the registrant's (the language
 * the wizard was filled in, kept for the approval and rejection emails); the wizard itself in
 * German or French.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class LanguagesIT {

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneOffset.UTC);
    private static final String OTP = "Handover-Pass-2026";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectMailServer
    MailServer mailServer;

    private String tag;
    private InvitationsApi api;
    private Mailbox mailbox;
    private RegistrationWizardScreen wizard;
    private LanguageSelector language;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        api = new InvitationsApi(realm);
        mailbox = new Mailbox(mailServer);
        wizard = new RegistrationWizardScreen(browser);
        language = new LanguageSelector(browser);
        RealmAttributes.easyCaptchaAndNoRateLimit(realm, RealmAttributes.EASY_CAPTCHA);
        SignInPage.signOut(browser, realm);
    }

    /** The demo inviter may have picked a language on a page: the realm is shared, leave it as found. */
    @AfterEach
    void forgetTheInvitersLanguage() {
        String id = new Partners(realm).userId(DemoUsers.SP_ADMIN);
        UserRepresentation spAdmin = realm.admin().users().get(id).toRepresentation();
        if (spAdmin.getAttributes() != null && spAdmin.getAttributes().containsKey("locale")) {
            Map<String, List<String>> attributes = new HashMap<>(spAdmin.getAttributes());
            attributes.remove("locale");
            spAdmin.setAttributes(attributes);
            realm.admin().users().get(id).update(spAdmin);
        }
    }

    private String contact(String name) {
        return name + "-" + tag + "@supplier-" + tag + ".example";
    }

    private String spAdminToken() {
        return api.token(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
    }

    private HttpResponse<String> invite(String company, String email, String locale) {
        return api.create(InvitationsApi.invitation(company, email, List.of("northwind-sourcing")).locale(locale), spAdminToken());
    }

    @Test
    @DisplayName("an invitation in French: French subject, text and date, and the Register Now link opens the wizard in French")
    void frenchInvitation() throws Exception {
        String email = contact("fr");
        HttpResponse<String> created = invite("Aéro Pièces " + tag, email, "fr");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode invitation = ConnectionsApi.json(created);
        assertThat(invitation.path("locale").asText()).isEqualTo("fr");
        String expiry = FRENCH_DAY.format(Instant.parse(invitation.path("expiresAt").asText()));

        MimeMessage message = mailbox.await(email, "");
        assertThat(message.getSubject()).isEqualTo("Invitation à collaborer avec Northwind Aerospace");
        String text = Emails.text(message);
        String html = Emails.html(message);
        assertThat(text).contains("Bonjour,",
                "Northwind Aerospace invite Aéro Pièces " + tag + " à collaborer par l'intermédiaire du Managed Access Gateway.",
                "Ce lien d'invitation est valable jusqu'au " + expiry + " (UTC) et ne peut être utilisé qu'une seule fois.",
                "S'inscrire maintenant: ");
        assertThat(html).contains("<html lang=\"fr\"", "S&#39;inscrire maintenant</a>",
                "Ce message a été envoyé par le Managed Access Gateway.");

        // The contact's browser asks for English; the wizard opens in the inviter's choice.
        browser.open(InvitationMails.registerNowLink(html));
        assertThat(language.pageLanguage()).isEqualTo("fr");
        assertThat(language.pageTitle()).isEqualTo("Inscrire votre organisation");
        assertThat(language.bodyText()).contains("Je ne suis pas un robot");
    }

    @Test
    @DisplayName("without a language the invitation goes out in the realm's default, English; an unsupported language is refused, recorded, and nothing is stored or sent")
    void defaultAndUnsupportedLanguages() throws Exception {
        String english = contact("en");
        assertThat(invite("Plain Parts " + tag, english, null).statusCode()).isEqualTo(201);
        assertThat(mailbox.await(english, "").getSubject()).isEqualTo("You're Invited to Collaborate with Northwind Aerospace");

        String spanish = contact("es");
        HttpResponse<String> refused = invite("Piezas " + tag, spanish, "es");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = ConnectionsApi.json(refused).path("field_errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("locale");
        assertThat(error.path("error").asText()).isEqualTo("magInviteLocaleInvalid");
        assertThat(error.path("message").asText()).isEqualTo("This language is not available. Choose one from the list.");

        String spAdminId = new Partners(realm).userId(DemoUsers.SP_ADMIN);
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, spAdminId, null, null, null, 0, 200))
                .extracting(EventRepresentation::getDetails)
                .anySatisfy(d -> assertThat(d).containsEntry("mag_operation", "INVITATION_SENT").containsEntry("mag_refusal", "invalid_fields"));
        assertThat(api.get("", spAdminToken()).body()).doesNotContain(spanish);
        // Nothing was stored, so nothing may be sent: watch the whole quiet period.
        mailbox.assertNoMore(spanish, "", Mailbox.QUIET_PERIOD);
    }

    @Test
    @DisplayName("on the German invite page the inviter's language is preselected; choosing French sends the email in French, and the list shows German dates")
    void theInviterPicksTheLanguageOnThePage() throws Exception {
        InviteOrganizationsScreen.open(oauth);
        language.choose("de");
        new SignInPage(browser).signIn(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
        InviteOrganizationsScreen screen = new InviteOrganizationsScreen(browser);
        assertThat(screen.isShown()).as(language.bodyText()).isTrue();
        assertThat(language.pageTitle()).isEqualTo("Organisationen einladen");

        Select contactLanguage = new Select(browser.driver().findElement(By.id("locale")));
        assertThat(contactLanguage.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("de");
        assertThat(contactLanguage.getOptions()).extracting(o -> o.getDomAttribute("value")).containsExactlyInAnyOrder("en", "de", "fr");
        contactLanguage.selectByValue("fr");
        String email = contact("page");
        screen.invite("Usinage " + tag, email, "northwind-sourcing");

        assertThat(language.bodyText()).contains("Einladung an " + email + " (Usinage " + tag + ") gesendet.");
        String expires = browser.driver().findElement(By.cssSelector("tr.mag-invitation[data-email='" + email + "'] .mag-invitation-expires"))
                .getDomAttribute("data-date");
        assertThat(browser.driver().findElement(By.cssSelector("tr.mag-invitation[data-email='" + email + "'] .mag-invitation-expires"))
                .getDomProperty("textContent").trim())
                .isEqualTo(GERMAN_DAY.format(java.time.LocalDate.parse(expires).atStartOfDay(ZoneOffset.UTC)));

        MimeMessage message = mailbox.await(email, "");
        assertThat(message.getSubject()).isEqualTo("Invitation à collaborer avec Northwind Aerospace");
    }

    /**
     * Picks a language on the sign-in page (Keycloak keeps it in its locale cookie), as a visitor
     * does before following "Register your organization".
     */
    private void pickLanguageOnTheSignInPage(String languageTag) {
        oauth.openLoginForm();
        language.choose(languageTag);
        assertThat(language.pageLanguage()).isEqualTo(languageTag);
    }

    /** The public wizard, in the language picked on the sign-in page; returns the registration id. */
    private String registerIn(String languageTag, String name) {
        pickLanguageOnTheSignInPage(languageTag);
        wizard.open(browser, realm);
        assertThat(language.pageLanguage()).isEqualTo(languageTag);
        wizard.solveCaptchaAndContinue();
        wizard.next(); // intro
        wizard.fill(RegistrationWizardScreen.profile(name, contact("contact")));
        wizard.next();
        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", contact("orgadmin"), "orgadmin-" + tag, OTP));
        wizard.next();
        wizard.check("orgAdminIsAppAdmin");
        wizard.fill(RegistrationWizardScreen.person("Arne", "Apps", contact("appadmin"), "appadmin-" + tag, OTP));
        wizard.next();
        assertThat(wizard.onPage("mag-registration-review")).as(wizard.pageText()).isTrue();
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        return wizard.registrationId();
    }

    @Test
    @DisplayName("a registration filled in German: German wizard pages, administrators who keep German, approval emails in German")
    void germanRegistration() throws Exception {
        pickLanguageOnTheSignInPage("de");
        wizard.open(browser, realm);
        assertThat(language.pageLanguage()).isEqualTo("de");
        assertThat(language.pageTitle()).isEqualTo("Ihre Organisation registrieren");
        assertThat(language.bodyText()).contains("Ich bin kein Roboter");
        // The language selector of the wizard's own pages switches the same step's language.
        language.choose("fr");
        assertThat(language.pageLanguage()).isEqualTo("fr");
        assertThat(language.pageTitle()).isEqualTo("Inscrire votre organisation");
        assertThat(language.bodyText()).contains("Je ne suis pas un robot");
        language.choose("de");
        assertThat(language.pageLanguage()).isEqualTo("de");
        wizard.solveCaptchaAndContinue();
        assertThat(language.bodyText()).contains("Sie sind dabei, Ihre Organisation zu registrieren.",
                "dem Organisationsprofil", "Anwendungsadministratoren");

        String name = "Feinmechanik " + tag;
        String id = registerIn("de", name);
        assertThat(language.pageTitle()).isEqualTo("Registrierung abgesendet");
        assertThat(language.bodyText()).contains("Vielen Dank. Die Registrierung von " + name + " wurde zur Genehmigung eingereicht.");
        for (String who : List.of("orgadmin", "appadmin")) {
            UserRepresentation admin = realm.admin().users().search(who + "-" + tag, true).get(0);
            assertThat(admin.getAttributes()).as(who).containsEntry("locale", List.of("de"));
        }

        HttpResponse<String> approved = RegistrationsApi.asOperator(realm).approve(id);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        MimeMessage approval = mailbox.await(contact("orgadmin"), "");
        assertThat(approval.getSubject()).isEqualTo("[Managed Access Gateway] " + name + " ist genehmigt: Schließen Sie Ihre Erstanmeldung ab");
        assertThat(Emails.text(approval)).contains("Guten Tag Olga,", "Ihre Benutzer-ID: orgadmin-" + tag, "Initialpasswort");
    }

    @Test
    @DisplayName("a registration filled in French and rejected: the contact, who has no account, gets the rejection in French")
    void frenchRejection() throws Exception {
        String name = "Mécanique " + tag;
        String id = registerIn("fr", name);
        assertThat(language.pageTitle()).isEqualTo("Inscription soumise");

        HttpResponse<String> rejected = RegistrationsApi.asOperator(realm).reject(id, "Numéro DUNS inconnu");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        MimeMessage rejection = mailbox.await(contact("contact"), "");
        assertThat(rejection.getSubject()).isEqualTo("[Managed Access Gateway] L'inscription de " + name + " n'a pas été approuvée");
        assertThat(Emails.text(rejection)).contains("Motif indiqué par l'opérateur : Numéro DUNS inconnu");
    }

    @Test
    @DisplayName("the account console's Signing in says how long an OTP subscription lasts in German and in French, with the date in the console's long date style of the reader's language")
    void otpSubscriptionOnSigningInInGermanAndFrench() throws Exception {
        TestUsers users = new TestUsers(realm);
        Map<String, String> expected = Map.of(
                "de", "Gültig bis %s (UTC)",
                "fr", "Valable jusqu'au %s (UTC)");
        for (Map.Entry<String, String> language : expected.entrySet()) {
            String name = "reader-" + language.getKey();
            String userId = users.createWithOtp(name, name, "languages-secret-" + users.username(name));
            UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
            Map<String, List<String>> attributes = user.getAttributes() == null ? new HashMap<>() : new HashMap<>(user.getAttributes());
            attributes.put("locale", List.of(language.getKey()));
            user.setAttributes(attributes);
            realm.admin().users().get(userId).update(user);
            Instant expiry = Instant.ofEpochMilli(realm.admin().users().get(userId).credentials().stream()
                    .filter(c -> "otp".equals(c.getType())).findFirst().orElseThrow().getCreatedDate())
                    .atZone(ZoneOffset.UTC).plusYears(1).toInstant();

            String shown = AccountConsoleTexts.credentialInfo(realm,
                    new ConnectionsApi(realm).token(users.username(name), TestUsers.PASSWORD), "mag-otp-subscription", language.getKey());

            assertThat(shown).as(language.getKey()).isEqualTo(String.format(language.getValue(), AccountConsoleTexts.day(expiry, language.getKey())));
        }
    }
}
