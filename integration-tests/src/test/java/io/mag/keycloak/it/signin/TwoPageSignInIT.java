package io.mag.keycloak.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
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
 * The two-page sign-in flow the realm file still ships ({@code mag browser}), bound as the realm's
 * browser flow the way an admin does it: User ID or email on the first page, the password on the
 * second; a connected child or an ambiguous email is answered before any password is asked.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class TwoPageSignInIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    TestUsers users;

    @BeforeEach
    void twoPageFlowBound() {
        SignInPage.bindBrowserFlow(realm, SignInPage.TWO_PAGE_FLOW);
        users = new TestUsers(realm);
        SignInPage.signOut(browser, realm);
    }

    private void submitFirstPage(String name) {
        WebDriver driver = browser.driver();
        oauth.openLoginForm();
        assertThat(driver.findElements(By.id("password"))).as("no password field on the first page").isEmpty();
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.cssSelector("[type=submit]")).click();
    }

    @Test
    @DisplayName("an email address, then the password on a second page, give a password-strength token")
    void emailThenPassword() {
        users.create("user", "hal");

        submitFirstPage(users.email("hal"));
        assertThat(browser.driver().findElements(By.id("password"))).as("the password page").hasSize(1);
        browser.driver().findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.driver().findElement(By.cssSelector("[type=submit]")).click();

        AccessToken token = Tokens.accessToken(oauth.doAccessTokenRequest(oauth.parseLoginResponse().getCode()));
        assertThat(token.getPreferredUsername()).isEqualTo(users.username("user"));
        assertThat(token.getAcr()).isEqualTo("1");
    }

    @Test
    @DisplayName("a connected child is refused on the first page, before any password page")
    void connectedChildRefusedBeforeThePasswordPage() {
        String parentId = users.create("parent", "ivy");
        String childId = users.create("child", "ivy");
        ConnectionsApi api = new ConnectionsApi(realm);
        String operator = api.token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        assertThat(api.connect(parentId, childId, operator).statusCode()).isEqualTo(201);

        submitFirstPage(users.username("child"));

        assertThat(new SignInPage(browser).fieldError())
                .isEqualTo("This account is connected to a parent account. Please sign in with your parent account.");
        assertThat(browser.driver().findElements(By.id("password"))).as("no password page for a child").isEmpty();
    }

    @Test
    @DisplayName("an email shared by two unconnected accounts asks for the username on the first page")
    void ambiguousEmailAsksForUsername() {
        users.create("first", "jay");
        users.create("second", "jay");

        submitFirstPage(users.email("jay"));

        assertThat(new SignInPage(browser).fieldError()).contains("sign in with your User ID");
        assertThat(browser.driver().findElements(By.id("password"))).isEmpty();
    }
}
