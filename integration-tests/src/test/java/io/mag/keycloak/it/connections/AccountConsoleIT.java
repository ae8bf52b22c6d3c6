package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.WebElement;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.ConnectAccountsScreen;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.SignInPage;

/**
 * End users reach the gateway's self-service pages from Keycloak's account console (mag account
 * theme): the menu holds My Account, Connect Accounts, whose page starts the required action
 * mag-connect-accounts as an application-initiated action and gets the user back afterwards.
 *
 * Chromium only: the account console is a React application loaded as ES modules through an import
 * map, and HtmlUnit does not run it. Measured: HtmlUnit stays on /realms/mag/account/ showing
 * "Loading the Account Console" (no redirect to the sign-in page), where Chromium signs in at once.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class AccountConsoleIT {

    private static final String MENU_GROUP = "magMyAccount";
    private static final String PAGE_PATH = "content/connect-accounts";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @BeforeEach
    void signedIntoTheAccountConsole() {
        SignInPage.signOut(browser, realm);
        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        new AccountConsolePage(browser).waitUntilShown();
    }

    @Test
    void myAccountMenuOpensConnectAccounts() {
        AccountConsolePage console = new AccountConsolePage(browser);
        assertThat(console.menuEntry(PAGE_PATH)).isEqualTo("Connect Accounts");

        console.openFromMenu(MENU_GROUP, PAGE_PATH);

        assertThat(console.waitForActionPage()).isEqualTo(ConnectAccountsScreen.ACTION);
        assertThat(browser.getCurrentUrl()).isEqualTo(AccountConsolePage.url(realm) + PAGE_PATH);
        assertThat(console.heading()).isEqualTo("Connect Accounts");
        assertThat(console.description()).contains("Managed Access Gateway");
        assertThat(console.actionButtonText()).isEqualTo("Connect an account");
    }

    @Test
    @DisplayName("Credential strength states the session's strength on the page, without a click")
    void strengthOnThePage() {
        AccountConsolePage console = new AccountConsolePage(browser);
        console.openFromMenu("magTwoFactor", "content/credential-strength");
        assertThat(console.waitForActionPage()).isEqualTo("mag-credential-strength");

        WebElement strength = console.credentialStrength();
        assertThat(strength.getDomAttribute("data-strength")).isEqualTo("password");
        assertThat(strength.getText()).isEqualTo("You are signed in with: Password");
    }

    @Test
    @DisplayName("Personal info calls the account's identifier User ID, as the sign-in page and the emails do")
    void personalInfoSaysUserId() {
        assertThat(new AccountConsolePage(browser).personalInfoLabel("username")).isEqualTo("User ID");
    }

    @Test
    void buttonStartsConnectAccountsAsAnApplicationInitiatedAction() {
        AccountConsolePage console = new AccountConsolePage(browser);
        console.openFromMenu(MENU_GROUP, PAGE_PATH);
        console.waitForActionPage();

        URI request = URI.create(console.actionHref());
        assertThat(request.getScheme() + "://" + request.getAuthority() + request.getPath())
                .isEqualTo(realm.getBaseUrl() + "/protocol/openid-connect/auth");
        Map<String, String> params = queryParameters(request);
        assertThat(params)
                .containsEntry("kc_action", ConnectAccountsScreen.ACTION)
                .containsEntry("client_id", "account-console")
                .containsEntry("response_type", "code")
                .containsEntry("scope", "openid")
                .containsEntry("redirect_uri", AccountConsolePage.url(realm) + PAGE_PATH)
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "state");

        console.startAction();

        ConnectAccountsScreen action = new ConnectAccountsScreen(browser);
        browser.waiting().until(driver -> action.isShown());
        assertThat(browser.getCurrentUrl()).contains("execution=" + ConnectAccountsScreen.ACTION);

        action.done();

        assertThat(new AccountConsolePage(browser).waitForActionPage()).isEqualTo(ConnectAccountsScreen.ACTION);
        assertThat(browser.getCurrentUrl()).isEqualTo(AccountConsolePage.url(realm) + PAGE_PATH);
    }

    private static Map<String, String> queryParameters(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> decode(pair[0]),
                        pair -> pair.length > 1 ? decode(pair[1]) : ""));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
