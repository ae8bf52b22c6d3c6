package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ConnectAccountsScreen;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Screenshots;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/** The main account-connection journey, also run in headless Chromium. */
@Tag(BrowserJourney.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ConnectAccountsJourneyIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    @Test
    void parentSignsInConnectsAChildAndSeesItListed() {
        TestUsers users = new TestUsers(realm);
        users.create("parent", "kim");
        users.create("child", "kim");
        SignInPage.signOut(browser, realm);

        ConnectAccountsScreen.open(oauth);
        new SignInPage(browser).signIn(users.username("parent"), TestUsers.PASSWORD);
        ConnectAccountsScreen screen = new ConnectAccountsScreen(browser);
        Screenshots screenshots = new Screenshots(browser, "connect-accounts");
        assertThat(screen.eligible()).containsExactly(users.username("child"));
        screenshots.keep("01-eligible");

        screen.connect(users.username("child"), TestUsers.PASSWORD);

        assertThat(screen.message()).contains("now connected");
        assertThat(screen.connected()).containsExactly(users.username("child"));
        assertThat(screen.offersConnectForm()).as("no other account is eligible: no form").isFalse();
        screenshots.keep("02-connected");

        // The Disconnect confirmation's buttons keep apart (they touched); then cancel it.
        screen.askToDisconnect(users.username("child"));
        WebElement ok = browser.driver().findElement(By.id("mag-confirm-disconnect"));
        WebElement cancel = browser.driver().findElement(By.id("mag-cancel-disconnect"));
        if (browser.driver() instanceof TakesScreenshot) {
            // Only a real browser lays the page out.
            int gap = cancel.getRect().getX() - (ok.getRect().getX() + ok.getRect().getWidth());
            assertThat(gap).as("space between OK and Cancel").isGreaterThanOrEqualTo(8);
        }
        screenshots.keep("03-disconnect-confirmation");
        cancel.click();
        assertThat(screen.connected()).containsExactly(users.username("child"));

        screen.done();
        AuthorizationEndpointResponse back = oauth.parseLoginResponse();
        assertThat(back.getCode()).as("back at the application with an authorization code").isNotNull();
    }
}
