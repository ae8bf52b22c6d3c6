package io.mag.keycloak.it.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.it.support.ChangeRequestsAdminApi;
import io.mag.keycloak.it.support.ChangeRequestsScreen;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;

/**
 * An email change that cannot rely on the old address (wrong from the start, or its domain gone):
 * the user asks for it from First Time Login, before the account is in use, or their Organization
 * Administrator asks for them; nothing goes to the old address; after approval the new address is
 * confirmed (a link sent to it) before the sign-in completes.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class EmailChangeBeforeFirstLoginIT {

    private static final Pattern FIRST_LOGIN_LINK = Pattern.compile("id=\"mag-first-time-login\" href=\"([^\"]+)\"");
    private static final Pattern VERIFY_LINK = Pattern.compile("href=\"([^\"]*action-token[^\"]*)\"");
    private static final String NEW_PASSWORD = "My-Own-New-Passw0rd!";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectMailServer
    MailServer mail;

    private SupplierOrganizations suppliers;
    private ChangeRequestsAdminApi operator;
    private Mailbox mails;

    @BeforeEach
    void setUp() {
        suppliers = new SupplierOrganizations(realm);
        operator = ChangeRequestsAdminApi.asOperator(realm);
        mails = new Mailbox(mail);
        SignInPage.signOut(browser, realm);
    }

    private JsonNode createdUser(String org, String admin, String first, String last, String email) {
        return RestApiClient.expect(201, suppliers.api().createUser(OrganizationUsersIT.newUser(null, first, last, email), suppliers.token(admin)));
    }

    private UserRepresentation user(String id) {
        return realm.admin().users().get(id).toRepresentation();
    }

    @Test
    @DisplayName("before the first login, the user asks from First Time Login; after approval the new address is confirmed before the sign-in completes")
    void userAsksFromFirstTimeLoginAndConfirmsTheNewAddress() throws Exception {
        String org = suppliers.organization("Rowan Rivets");
        suppliers.administrator(org, "rae");
        String tag = org.substring(0, 8);
        String oldEmail = "tom-" + tag + "@gone-domain.example";
        String newEmail = "tom-" + tag + "@rowan-new.example";
        JsonNode created = createdUser(org, "rae", "Tom", "Reed", oldEmail);
        String id = created.path("id").asText();
        String username = created.path("username").asText();

        // First sign-in with the One Time Password, a new password, then First Time Login.
        oauth.openLoginForm();
        new SignInPage(browser).signIn(username, OrganizationUsersIT.ONE_TIME_PASSWORD);
        browser.driver().findElement(By.id("password-new")).sendKeys(NEW_PASSWORD);
        browser.driver().findElement(By.id("password-confirm")).sendKeys(NEW_PASSWORD);
        browser.driver().findElement(By.id("kc-submit")).click();
        assertThat(browser.driver().findElements(By.id("mag-first-login"))).as(browser.driver().getPageSource()).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("mag-first-login-wrong-email")).getText())
                .isEqualTo("Is the email address of your account wrong, or does its domain no longer work? Ask for a new one before you continue.");

        browser.driver().findElement(By.id("mag-first-login-change-email")).click();
        ChangeRequestsScreen page = new ChangeRequestsScreen(browser);
        assertThat(page.isShown()).as(page.pageSource()).isTrue();
        page.requestEmail(null, newEmail);
        assertThat(page.message()).isEqualTo("Your request (Email address) was sent to the operator.");
        String requestId = page.requests().get(0).id();
        page.done();
        assertThat(browser.driver().findElements(By.id("mag-first-login"))).as("back to First Time Login").isNotEmpty();
        assertThat(user(id).getRequiredActions()).doesNotContain(ChangeRequestsScreen.ACTION);

        RestApiClient.expect(200, operator.approve(requestId));
        UserRepresentation changed = user(id);
        assertThat(changed.getEmail()).isEqualTo(newEmail);
        assertThat(changed.isEmailVerified()).isFalse();
        assertThat(changed.getRequiredActions()).contains("VERIFY_EMAIL");
        mails.await(newEmail, "[Managed Access Gateway] A change for " + suppliers.name(org) + " was approved");
        mails.assertNoMore(oldEmail, "was approved", Mailbox.QUIET_PERIOD);

        // The sign-in goes on only once the new address is confirmed by the link sent to it.
        browser.driver().findElement(By.id("mag-first-login-not-now")).click();
        assertThat(browser.driver().getPageSource()).as("Keycloak's Verify Email page").contains(newEmail);
        assertThat(browser.driver().getCurrentUrl()).as("no session before the address is confirmed: still in the required actions")
                .contains("/login-actions/required-action").contains("execution=VERIFY_EMAIL");
        String verification = Emails.html(mails.await(newEmail, "Verify email"));
        Matcher link = VERIFY_LINK.matcher(verification);
        assertThat(link.find()).as(verification).isTrue();
        mails.assertNoMore(oldEmail, "Verify email", Mailbox.QUIET_PERIOD);
        browser.open(link.group(1).replace("&amp;", "&"));
        assertThat(user(id).isEmailVerified()).isTrue();
        assertThat(user(id).getRequiredActions()).doesNotContain("VERIFY_EMAIL");
        assertThat(oauth.parseLoginResponse().getCode()).as("signed in once confirmed").isNotNull();
    }

    @Test
    @DisplayName("the Organization Administrator asks for a member who never signed in; the resent instructions go to the new address only")
    void administratorAsksForAMemberAndResendsFirstTimeLogin() throws Exception {
        String org = suppliers.organization("Spruce Springs");
        suppliers.administrator(org, "sam");
        String tag = org.substring(0, 8);
        String oldEmail = "una-" + tag + "@typo-domain.example";
        String newEmail = "una-" + tag + "@spruce-new.example";
        String id = createdUser(org, "sam", "Una", "Vale", oldEmail).path("id").asText();
        String instructions = "[Managed Access Gateway] Your account at " + suppliers.name(org) + ": complete your First Time Login";
        mails.await(oldEmail, instructions);
        String token = suppliers.token("sam");

        String requestId = RestApiClient.expect(201, suppliers.api().post("change-requests", Map.of("kind", "email", "organizationId", org,
                "userId", id, "values", Map.of("email", newEmail)), token)).path("id").asText();
        RestApiClient.expect(200, operator.approve(requestId));
        assertThat(user(id).getEmail()).isEqualTo(newEmail);
        assertThat(user(id).isEmailVerified()).isFalse();

        RestApiClient.expect(200, suppliers.api().post("users/" + id + "/resend-first-login", token));
        String html = Emails.html(mails.await(newEmail, instructions));
        mails.assertNoMore(oldEmail, instructions, Mailbox.QUIET_PERIOD);
        Matcher link = FIRST_LOGIN_LINK.matcher(html);
        assertThat(link.find()).as(html).isTrue();
        browser.open(link.group(1).replace("&amp;", "&"));
        assertThat(browser.driver().getPageSource()).contains("Confirm that " + newEmail + " is your email address");
        browser.driver().findElement(By.cssSelector("a[href*='action-token']")).click();
        assertThat(user(id).isEmailVerified()).as("the new address, confirmed by the resent link").isTrue();
    }
}
