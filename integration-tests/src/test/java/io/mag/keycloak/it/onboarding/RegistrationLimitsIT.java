package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RealmAttributes;
import io.mag.keycloak.it.support.RegistrationWizardScreen;
import io.mag.keycloak.it.support.RegistrationsApi;
import io.mag.keycloak.it.support.SignInPage;

/**
 * The wizard's limits: the body cap holds on the stream (a chunked body without Content-Length
 * is cut off too), and the number of Application Administrators is capped by a realm attribute
 * with a clear message.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class RegistrationLimitsIT {

    private static final Pattern NONCE = Pattern.compile("name=\"formNonce\" value=\"([^\"]+)\"");

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    private String tag;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        RealmAttributes.change(realm, attributes -> {
            RealmAttributes.easyCaptchaAndNoRateLimit(attributes, RealmAttributes.EASY_CAPTCHA);
            attributes.remove("magRegistrationMaxApplicationAdministrators");
        });
    }

    @Test
    @DisplayName("a chunked body without Content-Length larger than the cap is refused with 413; a small one is read")
    void chunkedBodyWithoutContentLengthIsCapped() throws Exception {
        // Cookies by hand: Keycloak marks its session cookie Secure, which java.net's cookie store
        // would not send back over http://localhost (browsers do).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(
                RegistrationWizardScreen.publicStartUrl(realm, RegistrationWizardScreen.PUBLIC_CLIENT))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).as(start.body()).isEqualTo(303);
        String cookies = String.join("; ", start.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0]).toList());
        URI wizard = URI.create(start.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(wizard).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);

        // 54 KB in 60 fields, none longer than a field's own limit, streamed: no Content-Length.
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            fields.append("f").append(i).append('=').append("a".repeat(900)).append('&');
        }
        byte[] big = fields.toString().getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> oversized = http.send(chunked(wizard, cookies, big), HttpResponse.BodyHandlers.ofString());
        assertThat(oversized.request().headers().firstValue("Content-Length")).isEmpty();
        assertThat(oversized.statusCode()).as(oversized.body()).isEqualTo(413);
        assertThat(oversized.body()).contains("This page was too large to accept, so none of it was saved.");
        assertThat(oversized.body()).as("the wizard's page with its form, not a dead end").contains("name=\"formNonce\"", "id=\"mag-next\"");
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, null, null, null, null, 0, 100))
                .anyMatch(e -> "mag_request_too_large".equals(e.getError()));

        // A small chunked post from the page the 413 answered with is read as a form: its fields
        // count (its nonce is accepted, the empty captcha answer is named).
        Matcher nonce = NONCE.matcher(oversized.body());
        assertThat(nonce.find()).isTrue();
        HttpResponse<String> small = http.send(chunked(wizard, cookies, ("formNonce=" + java.net.URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8) + "&action=next&captchaNumber=")
                        .getBytes(StandardCharsets.US_ASCII)), HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isEqualTo(400);
        assertThat(small.body()).contains("Please complete the captcha before you continue.");
    }

    @Test
    @DisplayName("a pasted value far over the limit is refused on its own field, and every other typed value stays on the page")
    void oversizedValueMarksItsFieldAndKeepsTheRest() {
        RegistrationWizardScreen wizard = profilePage();
        wizard.fill(RegistrationWizardScreen.profile("Long Street " + tag, "contact-" + tag + "@supplier.example"));
        wizard.setValue("street", "Rivet Road ".repeat(500));
        wizard.next();

        assertThat(wizard.onPage("mag-registration-profile")).as(wizard.pageText()).isTrue();
        assertThat(wizard.fieldError("street")).isEqualTo("Please enter at most 200 characters.");
        assertThat(wizard.value("legalName")).isEqualTo("Long Street " + tag);
        assertThat(wizard.value("city")).isEqualTo("Wichita");
        assertThat(wizard.value("dunsNumber")).isEqualTo("123456789");
        assertThat(wizard.pageText()).doesNotContain("too large");
    }

    @Test
    @DisplayName("DUNS and CAGE errors say their format; names with bidirectional controls are refused, emoji and right-to-left scripts accepted")
    void messagesFitTheMistake() {
        RegistrationWizardScreen wizard = profilePage();
        wizard.fill(RegistrationWizardScreen.profile("Bidi " + tag, "contact-" + tag + "@supplier.example"));
        wizard.setValue("dunsNumber", "1234567890");
        wizard.setValue("cageCode", "1AB234");
        wizard.setValue("legalName", "Bidi " + tag + " \u202Eevil");
        wizard.next();

        assertThat(wizard.fieldError("dunsNumber")).isEqualTo("A DUNS number has exactly 9 digits.");
        assertThat(wizard.fieldError("cageCode")).isEqualTo("A CAGE code has exactly 5 letters or digits.");
        assertThat(wizard.fieldError("legalName"))
                .isEqualTo("Please remove the invisible control characters (such as text-direction marks) from this field.");

        wizard.setValue("dunsNumber", "123456789");
        wizard.setValue("cageCode", "1AB23");
        wizard.setValue("legalName", "Rocket \uD83D\uDE80 Works " + tag);
        wizard.setValue("city", "\u05EA\u05DC \u05D0\u05D1\u05D9\u05D1");
        wizard.next();
        assertThat(wizard.onPage("mag-registration-org-admin")).as(wizard.pageText()).isTrue();
    }

    private RegistrationWizardScreen profilePage() {
        RegistrationWizardScreen wizard = new RegistrationWizardScreen(browser);
        SignInPage.signOut(browser, realm);
        wizard.open(browser, realm);
        wizard.solveCaptchaAndContinue();
        wizard.next();
        assertThat(wizard.onPage("mag-registration-profile")).as(wizard.pageText()).isTrue();
        return wizard;
    }

    @Test
    @DisplayName("the 11th Application Administrator is refused with a clear message; ten are stored")
    void eleventhApplicationAdministratorIsRefused() {
        RegistrationWizardScreen wizard = new RegistrationWizardScreen(browser);
        SignInPage.signOut(browser, realm);
        wizard.open(browser, realm);
        wizard.solveCaptchaAndContinue();
        wizard.next();
        wizard.fill(RegistrationWizardScreen.profile("Many Admins " + tag, "contact-" + tag + "@supplier.example"));
        wizard.next();
        wizard.fill(RegistrationWizardScreen.person("Olga", "Admin", "olga-" + tag + "@supplier.example", "olga-" + tag,
                RegistrationWizardIT.OTP));
        wizard.next();
        for (int i = 1; i <= 10; i++) {
            addAppAdmin(wizard, i);
            assertThat(wizard.pageText()).as("admin %d added", i).doesNotContain("at most");
        }
        addAppAdmin(wizard, 11);
        assertThat(wizard.pageText()).contains("A registration can designate at most 10 Application Administrators.");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".mag-app-admin"))).hasSize(10);

        wizard.fill(Map.of("firstName", "", "lastName", "", "email", "", "username", "", "password", "", "passwordConfirm", ""));
        wizard.next();
        assertThat(wizard.onPage("mag-registration-review")).as(wizard.pageText()).isTrue();
        wizard.submit();
        assertThat(wizard.onPage("mag-registration-submitted")).as(wizard.pageText()).isTrue();
        JsonNode registration = RegistrationsApi.asOperator(realm).registration(wizard.registrationId());
        assertThat(registration.path("applicationAdministrators")).hasSize(10);
        assertThat(registration.path("administrators")).hasSize(11);
    }

    private void addAppAdmin(RegistrationWizardScreen wizard, int i) {
        wizard.fill(RegistrationWizardScreen.person("App" + i, "Admin", "app" + i + "-" + tag + "@supplier.example", "app" + i + "-" + tag,
                RegistrationWizardIT.OTP));
        browser.driver().findElement(org.openqa.selenium.By.id("mag-add")).click();
    }

    private static HttpRequest chunked(URI uri, String cookies, byte[] body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(body)))
                .build();
    }
}
