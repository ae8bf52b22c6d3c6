package io.mag.keycloak.it.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.OrganizationApi;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;

/**
 * Self-registration invitations of persons (Keycloak's organization invitations, through
 * {@code .../mag-organization/invitations}): the invitee registers through the emailed link and
 * lands in the organization with the address verified; a double submit sends one invitation;
 * pending invitations are listed and revoked, and a revoked link no longer registers anyone.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class PersonInvitationIT {

    private static final Pattern LINK = Pattern.compile("href=\"([^\"]*registrations[^\"]*)\"");
    private static final String PASSWORD = "Registered-Pa55word!";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectWebDriver
    ManagedWebDriver browser;

    private SupplierOrganizations suppliers;
    private OrganizationApi api;
    private Mailbox mails;

    @BeforeEach
    void setUp() {
        suppliers = new SupplierOrganizations(realm);
        api = suppliers.api();
        mails = new Mailbox(mail);
        SignInPage.signOut(browser, realm);
    }

    private String subject(String organizationId) {
        return "Invitation to join the " + suppliers.name(organizationId) + " organization";
    }

    private String link(String email, String organizationId) throws Exception {
        Matcher link = LINK.matcher(Emails.html(mails.await(email, subject(organizationId))));
        assertThat(link.find()).as("registration link").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private void register(String username, String email) {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        var emailField = driver.findElement(By.id("email"));
        emailField.clear();
        emailField.sendKeys(email);
        driver.findElement(By.id("firstName")).sendKeys("Ivy");
        driver.findElement(By.id("lastName")).sendKeys("Invited");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("password-confirm")).sendKeys(PASSWORD);
        driver.findElement(By.id("kc-register-form")).submit();
    }

    @Test
    @DisplayName("the invitee registers through the link, lands in the organization with the address verified")
    void inviteeRegistersIntoTheOrganizationVerified() throws Exception {
        String acme = suppliers.organization("Elm Castings");
        suppliers.administrator(acme, "eve");
        String token = suppliers.token("eve");
        String email = suppliers.users().email("ivy");

        JsonNode invitation = RestApiClient.expect(200, api.post("invitations", Map.of("email", email, "firstName", "Ivy", "lastName", "Invited"), token));
        assertThat(invitation.path("status").asText()).isEqualTo("pending");
        // A double submit answers the same pending invitation and sends no second email.
        JsonNode again = RestApiClient.expect(200, api.post("invitations", Map.of("email", email), token));
        assertThat(again.path("id").asText()).isEqualTo(invitation.path("id").asText());
        assertThat(RestApiClient.expect(200, api.get("invitations", token))).singleElement()
                .satisfies(i -> assertThat(i.path("email").asText()).isEqualTo(email));

        String link = link(email, acme);
        mails.assertNoMore(email, subject(acme), Mailbox.QUIET_PERIOD);
        browser.open(link);
        String username = suppliers.users().username("ivy");
        register(username, email);

        List<UserRepresentation> found = realm.admin().users().search(username, true);
        assertThat(found).as("registered: " + browser.driver().getPageSource().substring(0, 200)).hasSize(1);
        UserRepresentation user = found.get(0);
        assertThat(user.isEmailVerified()).as("the invited address is verified").isTrue();
        assertThat(realm.admin().organizations().get(acme).members().search(username, true, 0, 10)).as("in the organization").hasSize(1);
        assertThat(RestApiClient.expect(200, api.get("invitations", token))).as("the invitation is used up").isEmpty();
    }

    @Test
    @DisplayName("a revoked invitation is no longer listed and its link registers nobody; a member's address is refused")
    void revokedInvitationRegistersNobody() throws Exception {
        String acme = suppliers.organization("Fir Fasteners");
        suppliers.administrator(acme, "fay");
        String token = suppliers.token("fay");
        String email = suppliers.users().email("jo");

        String id = RestApiClient.expect(200, api.post("invitations", Map.of("email", email), token)).path("id").asText();
        String link = link(email, acme);
        assertThat(api.delete("invitations/" + id, token).statusCode()).isEqualTo(204);
        assertThat(api.delete("invitations/" + id, token).statusCode()).as("revoking again changes nothing").isEqualTo(204);
        assertThat(RestApiClient.expect(200, api.get("invitations", token))).isEmpty();

        browser.open(link);
        if (!browser.driver().findElements(By.id("kc-register-form")).isEmpty()) {
            register(suppliers.users().username("jo"), email);
        }
        assertThat(realm.admin().users().search(suppliers.users().username("jo"), true)).as("nobody registered").isEmpty();

        // Someone already in the organization is not invited again.
        assertThat(api.post("invitations", Map.of("email", suppliers.users().email("fay")), token).statusCode()).isEqualTo(409);
        assertThat(api.post("invitations", Map.of("email", "nope"), token).statusCode()).isEqualTo(400);
    }
}
