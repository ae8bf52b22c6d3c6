package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.SamlApplication;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * A SAML application gets no assertion for a connected child. SAML passes none of the client
 * policies that refuse a child's OpenID Connect tokens; what holds is the sign-in itself: the
 * realm's sign-in page, and, whatever flow is bound to the application, the required action
 * mag-connected-child-sign-in-refusal, which ends the sign-in on its refusal page before Keycloak
 * writes the response.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ConnectedChildSamlSignInIT {

    private static final String REFUSAL_TEXT = "This account is connected to a parent account. Please sign in with your parent account.";
    private static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    /** Only for its redirect page at the test server, which serves as the assertion consumer URL. */
    @InjectOAuthClient
    OAuthClient oauth;

    private TestUsers users;
    private SamlApplication application;
    private String parent;
    private String child;

    @BeforeEach
    void setUp() {
        users = new TestUsers(realm);
        application = new SamlApplication(realm, oauth.getRedirectUri());
        SignInPage.signOut(browser, realm);
        ConnectionsApi api = new ConnectionsApi(realm);
        String operatorToken = api.token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        parent = users.create("parent", "sam");
        child = users.create("child", "sam");
        HttpResponse<String> connected = api.connect(parent, child, operatorToken);
        assertThat(connected.statusCode()).as(connected.body()).isEqualTo(201);
    }

    private String signInAtTheApplication(String name) {
        browser.open(application.signInUrl());
        new SignInPage(browser).signIn(users.username(name), TestUsers.PASSWORD);
        return browser.driver().getCurrentUrl();
    }

    /** The refusal page, and no SAML response for the application. */
    private void assertRefused(String landedAt) {
        assertThat(browser.driver().getPageSource()).as("refusal page at %s", landedAt).contains(REFUSAL_TEXT);
        assertThat(landedAt).as("still at the server").startsWith(realm.getBaseUrl() + "/");
        assertThat(application.responseIn(landedAt)).as("no SAML response").isNull();
    }

    private String stockBrowserFlow() {
        return realm.admin().flows().getFlows().stream()
                .filter(flow -> "browser".equals(flow.getAlias()))
                .map(AuthenticationFlowRepresentation::getId)
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the parent signs in to a SAML application and the application gets a successful response naming the parent")
    void parentGetsASamlResponse() {
        application.register(null);

        String landedAt = signInAtTheApplication("parent");

        String response = application.responseIn(landedAt);
        assertThat(response).as("SAML response at %s", landedAt).isNotNull();
        assertThat(response).contains(SUCCESS).contains(">" + users.username("parent") + "</");
    }

    @Test
    @DisplayName("a connected child signing in to a SAML application ends on the refusal page")
    void childIsRefused() {
        application.register(null);

        assertRefused(signInAtTheApplication("child"));
    }

    @Test
    @DisplayName("with Keycloak's stock browser flow bound to the SAML application, the child is refused by the required action and the parent still gets in")
    void stockFlowBoundToTheApplicationRefusesTheChild() {
        application.register(stockBrowserFlow());

        String childLanded = signInAtTheApplication("child");
        assertRefused(childLanded);
        assertThat(childLanded).as("the required action's page").contains("/login-actions/required-action");

        SignInPage.signOut(browser, realm);
        String parentLanded = signInAtTheApplication("parent");
        assertThat(application.responseIn(parentLanded)).as("SAML response at %s", parentLanded).contains(SUCCESS);
    }
}
