package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.OrganizationRepresentation;
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

import io.mag.keycloak.it.support.ConnectAccountsScreen;
import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The attack: type a victim's name and email into one's own profile, then open Connect Accounts
 * to read the victim's usernames and organizations. An email edit waits for the new address to
 * confirm it (Keycloak's Update Email action, forced to verify), and Connect Accounts lists
 * accounts only when both emails are verified.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ConnectAccountsEnumerationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectMailServer
    MailServer mail;

    @InjectRealm(fromJson = MagRealm.JSON)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    private TestUsers users;
    private ConnectAccountsScreen screen;

    @BeforeEach
    void setUp() {
        users = new TestUsers(realm);
        screen = new ConnectAccountsScreen(browser);
        SignInPage.signOut(browser, realm);
    }

    /** The victim's two accounts, one of them in an organization; returns that organization's name. */
    private String victim(String person) {
        users.create("victim-main", person);
        String member = users.create("victim-other", person);
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setName("Victim Aero " + users.username("org"));
        org.setAlias(users.username("org"));
        try (Response response = realm.admin().organizations().create(org)) {
            assertThat(response.getStatus()).isEqualTo(201);
            realm.admin().organizations().get(CreatedResponseUtil.getCreatedId(response)).members().addMember(member).close();
        }
        return org.getName();
    }

    private void assertNothingOfTheVictimShown(String organization) {
        assertThat(screen.isShown()).as("Connect Accounts page").isTrue();
        assertThat(screen.eligible()).isEmpty();
        assertThat(screen.ineligible()).isEmpty();
        assertThat(screen.pageSource())
                .doesNotContain(users.username("victim-main"))
                .doesNotContain(users.username("victim-other"))
                .doesNotContain(organization);
    }

    private UserRepresentation account(String userId) {
        return realm.admin().users().get(userId).toRepresentation();
    }

    @Test
    @DisplayName("typing a victim's name and email into one's profile changes no email until the victim's mailbox confirms it")
    void emailEditWaitsForTheNewAddressToConfirm() throws Exception {
        victim("vic");
        String attackerId = users.create("attacker", "mallory");
        String attacker = users.username("attacker");
        String ownEmail = users.email("mallory");
        String victimEmail = users.email("vic");
        UserRepresentation victimAccount = account(realm.admin().users().searchByUsername(users.username("victim-main"), true).get(0).getId());

        // The account console's Personal info page posts the profile to the account REST API.
        String token = new ConnectionsApi(realm).token(attacker, TestUsers.PASSWORD);
        HttpResponse<String> own = HTTP.send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/account"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        ObjectNode profile = (ObjectNode) ConnectionsApi.json(own);
        profile.put("firstName", victimAccount.getFirstName()).put("lastName", victimAccount.getLastName()).put("email", victimEmail);
        HTTP.send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/account"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(profile.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(account(attackerId).getEmail()).as("the profile form does not change the email").isEqualTo(ownEmail);

        // Keycloak's Update Email page: the change waits for a link sent to the new address.
        oauth.loginForm().kcAction("UPDATE_EMAIL").open();
        new SignInPage(browser).signIn(attacker, TestUsers.PASSWORD);
        browser.driver().findElement(By.id("email")).clear();
        browser.driver().findElement(By.id("email")).sendKeys(victimEmail);
        browser.driver().findElement(By.cssSelector("[type=submit]")).click();

        MimeMessage confirmation = new Mailbox(mail).await(victimEmail, "");
        assertThat(Arrays.stream(confirmation.getAllRecipients()).map(Object::toString)).containsExactly(victimEmail);
        UserRepresentation after = account(attackerId);
        assertThat(after.getEmail()).as("the email waits for the confirmation").isEqualTo(ownEmail);
        assertThat(after.isEmailVerified()).isTrue();
        // With the attacker's own email unchanged, no account of the victim shares it.
        assertThat(realm.admin().users().searchByEmail(ownEmail, true)).extracting(UserRepresentation::getUsername)
                .containsExactly(attacker);
    }

    @Test
    @DisplayName("an account with a victim's name and an unverified copy of the victim's email sees none of the victim's accounts")
    void unverifiedEmailSeesNoAccounts() {
        String organization = victim("una");
        UserRepresentation impostor = users.account("attacker", "una");
        impostor.setEmailVerified(false);
        users.create(impostor);

        ConnectAccountsScreen.open(oauth);
        new SignInPage(browser).signIn(users.username("attacker"), TestUsers.PASSWORD);

        assertNothingOfTheVictimShown(organization);
        assertThat(screen.message()).isEqualTo(
                "Your email address is not verified yet. Accounts you can connect are shown once it is verified.");
    }
}
