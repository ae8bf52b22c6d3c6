package io.mag.keycloak.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.Tokens;

/** The mag realm's login page carries the gateway brand, and the demo operator can sign in through it. */
@Tag(BrowserJourney.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class LoginPageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    /** Each test starts signed out: the browser is shared, and an SSO cookie would skip the login page. */
    @BeforeEach
    void signedOut() {
        SignInPage.signOut(browser, realm);
    }

    @Test
    void loginPageRendersWithTheMagTheme() throws Exception {
        oauth.openLoginForm();

        assertThat(new SignInPage(browser).productName()).isEqualTo("Managed Access Gateway");
        assertThat(browser.driver().getTitle()).contains("Managed Access Gateway");

        String stylesheet = browser.driver().findElements(By.cssSelector("link[rel=stylesheet]")).stream()
                .map(link -> link.getAttribute("href"))
                .filter(href -> href.endsWith("/login/mag/css/mag.css"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("mag.css is not linked from the login page"));
        HttpResponse<String> css = get(stylesheet);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".mag-brand", "mag-logo.svg");

        HttpResponse<String> logo = get(stylesheet.replace("/css/mag.css", "/img/mag-logo.svg"));
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.body()).startsWith("<svg");
    }

    @Test
    void demoOperatorSignsInWithTheDemoPassword() throws Exception {
        oauth.openLoginForm();
        new SignInPage(browser).signIn(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));

        AuthorizationEndpointResponse login = oauth.parseLoginResponse();
        assertThat(login.getError()).isNull();
        AccessTokenResponse tokens = oauth.doAccessTokenRequest(login.getCode());
        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();

        AccessToken token = Tokens.accessToken(tokens);
        assertThat(token.getPreferredUsername()).isEqualTo(DemoUsers.OPERATOR);
        assertThat(token.getIssuer()).endsWith("/realms/" + MagRealm.NAME);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
