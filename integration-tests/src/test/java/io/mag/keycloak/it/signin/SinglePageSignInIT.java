package io.mag.keycloak.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * The one-page sign-in flow ({@code mag browser single page}), the realm file's default browser
 * flow: the same rules as the two-page flow in one form post.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class SinglePageSignInIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    TestUsers users;

    @BeforeEach
    void signedOut() {
        users = new TestUsers(realm);
        SignInPage.signOut(browser, realm);
    }

    @Test
    @DisplayName("the realm file binds the one-page flow as the browser flow")
    void onePageIsTheDefault() {
        RealmRepresentation rep = realm.admin().toRepresentation();
        assertThat(rep.getBrowserFlow()).isEqualTo(SignInPage.ONE_PAGE_FLOW);
        assertThat(realm.admin().flows().getFlows()).extracting(f -> f.getAlias())
                .as("the two-page flow stays available").contains(SignInPage.TWO_PAGE_FLOW);
    }

    private void submitOnePage(String name, String password) {
        WebDriver driver = browser.driver();
        oauth.openLoginForm();
        assertThat(driver.findElements(By.id("password"))).as("password field on the first page").hasSize(1);
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("[type=submit]")).click();
    }

    private String fieldError() {
        return browser.driver().findElement(By.id("input-error-username")).getText();
    }

    @Test
    @DisplayName("an email address and the password on one page give a password-strength token")
    void emailAndPasswordOnOnePage() {
        users.create("user", "robin");

        submitOnePage(users.email("robin"), TestUsers.PASSWORD);

        AuthorizationEndpointResponse response = oauth.parseLoginResponse();
        assertThat(response.getCode()).as("authorization code").isNotNull();
        AccessToken token = Tokens.accessToken(oauth.doAccessTokenRequest(response.getCode()));
        assertThat(token.getPreferredUsername()).isEqualTo(users.username("user"));
        assertThat(token.getAcr()).isEqualTo("1");
    }

    @Test
    @DisplayName("a wrong password is refused on the page and counted by brute-force detection")
    void wrongPasswordCounted() {
        String id = users.create("user", "casey");

        submitOnePage(users.username("user"), "not-the-password");

        assertThat(browser.driver().getCurrentUrl()).as("still on the sign-in page").contains("/login-actions/");
        assertThat(fieldError()).contains("Invalid User ID or password");
        Map<String, Object> status = realm.admin().attackDetection().bruteForceUserStatus(id);
        assertThat(status.get("numFailures")).isEqualTo(1);
        List<EventRepresentation> events = realm.admin().getEvents(List.of("LOGIN_ERROR"), null, id, null, null, null, 0, 5);
        assertThat(events).extracting(EventRepresentation::getError).contains("invalid_user_credentials");
    }

    @Test
    @DisplayName("an email shared by two unconnected accounts asks for the username")
    void ambiguousEmailAsksForUsername() {
        users.create("first", "drew");
        users.create("second", "drew");

        submitOnePage(users.email("drew"), TestUsers.PASSWORD);

        assertThat(browser.driver().getCurrentUrl()).as("still on the sign-in page").contains("/login-actions/");
        assertThat(fieldError()).contains("sign in with your User ID");
    }

    @Test
    @DisplayName("a connected child is refused even with its right password, its typed User ID kept on the page; its parent signs in with the shared email")
    void connectedChildRefused() {
        String parentId = users.create("parent", "eli");
        String childId = users.create("child", "eli");
        ConnectionsApi api = new ConnectionsApi(realm);
        String operator = api.token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        assertThat(api.connect(parentId, childId, operator).statusCode()).isEqualTo(201);

        submitOnePage(users.username("child"), TestUsers.PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).as("still on the sign-in page").contains("/login-actions/");
        assertThat(fieldError()).contains("parent");
        assertThat(browser.driver().findElement(By.id("username")).getDomProperty("value")).as("the typed User ID is kept")
                .isEqualTo(users.username("child"));
        assertThat(browser.driver().findElement(By.id("password")).getDomProperty("value")).as("the password is not echoed").isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("User ID or email");

        SignInPage.signOut(browser, realm);
        submitOnePage(users.email("eli"), TestUsers.PASSWORD);
        AccessToken token = Tokens.accessToken(oauth.doAccessTokenRequest(oauth.parseLoginResponse().getCode()));
        assertThat(token.getSubject()).isEqualTo(parentId);
    }

    @Test
    @DisplayName("the one page links to organization registration for an application open to it, and only there")
    void publicRegistrationLinkOnOnePage() {
        browser.open(realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=northwind-sourcing&response_type=code"
                + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8082%2Fcallback&scope=openid"
                + "&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(browser.driver().findElements(By.id("password"))).as("the one-page form").hasSize(1);
        assertThat(browser.driver().findElement(By.id("mag-register-organization-link")).getAttribute("href"))
                .endsWith("/realms/mag/mag-registration/start?client_id=northwind-sourcing");

        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        assertThat(browser.driver().findElements(By.id("mag-register-organization-link"))).isEmpty();
    }
}
