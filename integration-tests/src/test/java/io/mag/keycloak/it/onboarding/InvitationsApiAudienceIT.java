package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.InvitationsApi;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.Tokens;

/**
 * The invitations REST API takes only tokens meant for it: a valid token of the inviter issued to
 * another client of the realm (admin-cli, a partner's own application) is refused with 401
 * invalid_token and a refusal event; a token carrying the mag-invitations audience is accepted,
 * and so is the token the account console gets for its user (the Invite Organizations page calls
 * the API with it).
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class InvitationsApiAudienceIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    /**
     * A token got as the account console gets one: public client, authorization code with PKCE
     * (S256), the user signing in on the sign-in page, the code sent back to the console's URL.
     * HtmlUnit does not run the console's scripts (see AccountConsoleIT), so the code is left for
     * the test to redeem.
     */
    private AccessTokenResponse signInThroughTheBrowser(String clientId, String redirectUri, String username, String password) {
        SignInPage.signOut(browser, realm);
        PkceGenerator pkce = PkceGenerator.s256();
        oauth.client(clientId).redirectUri(redirectUri);
        oauth.loginForm().codeChallenge(pkce).open();
        new SignInPage(browser).signIn(username, password);
        String code = oauth.parseLoginResponse().getCode();
        assertThat(code).as("code at %s", browser.driver().getCurrentUrl()).isNotNull();
        AccessTokenResponse tokens = oauth.accessTokenRequest(code).codeVerifier(pkce).send();
        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();
        return tokens;
    }

    @Test
    void tokensOfOtherClientsAreRefusedAndTheDedicatedAudienceIsAccepted() {
        InvitationsApi api = new InvitationsApi(realm);
        String password = DemoUsers.password(DemoUsers.SP_ADMIN);

        ClientRepresentation app = new ClientRepresentation();
        app.setClientId("partner-own-app");
        app.setPublicClient(true);
        app.setDirectAccessGrantsEnabled(true);
        try (Response created = realm.admin().clients().create(app)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }
        for (String clientId : List.of("admin-cli", "partner-own-app")) {
            String token = ConnectionsApi.passwordGrant(realm, clientId, DemoUsers.SP_ADMIN, password);
            HttpResponse<String> list = api.get("", token);
            assertThat(list.statusCode()).as(clientId + ": " + list.body()).isEqualTo(401);
            assertThat(ConnectionsApi.json(list).path("error").asText()).isEqualTo("invalid_token");
            assertThat(ConnectionsApi.json(list).path("error_description").asText()).contains("mag-invitations");
            HttpResponse<String> create = api.create("Sneaky Audience Ltd", "sneaky@audience.example", List.of("northwind-sourcing"), token);
            assertThat(create.statusCode()).as(clientId).isEqualTo(401);
        }
        String spAdminId = realm.admin().users().search(DemoUsers.SP_ADMIN, true).get(0).getId();
        List<EventRepresentation> refusals = realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, spAdminId,
                null, null, null, 0, 100);
        assertThat(refusals)
                .filteredOn(e -> "invalid_token".equals(e.getError()) && e.getDetails() != null && "wrong_audience".equals(e.getDetails().get("mag_refusal")))
                .extracting(EventRepresentation::getClientId)
                // The class's other test refuses a client of its own in the same realm.
                .filteredOn(clientId -> List.of("admin-cli", "partner-own-app").contains(clientId))
                .containsExactlyInAnyOrder("admin-cli", "admin-cli", "partner-own-app", "partner-own-app");
        assertThat(ConnectionsApi.json(api.get("", api.token(DemoUsers.SP_ADMIN, password))))
                .as("nothing was created")
                .extracting(invitation -> invitation.path("companyName").asText())
                .doesNotContain("Sneaky Audience Ltd");

        String token = api.token(DemoUsers.SP_ADMIN, password);
        HttpResponse<String> accepted = api.get("", token);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        HttpResponse<String> created = api.create("Audience Works Ltd", "contact@audience-works.example", List.of("northwind-sourcing"), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void theAccountConsolesTokenIsAcceptedAndAnotherBrowserClientsIsRefused() {
        InvitationsApi api = new InvitationsApi(realm);
        String password = DemoUsers.password(DemoUsers.SP_ADMIN);
        String otherApp = "partner-browser-app";
        ClientRepresentation app = new ClientRepresentation();
        app.setClientId(otherApp);
        app.setPublicClient(true);
        app.setStandardFlowEnabled(true);
        app.setRedirectUris(List.of(oauth.getRedirectUri()));
        app.setAttributes(new java.util.HashMap<>(java.util.Map.of("pkce.code.challenge.method", "S256")));
        String otherRedirect = oauth.getRedirectUri();
        try (Response created = realm.admin().clients().create(app)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }

        AccessTokenResponse console = signInThroughTheBrowser("account-console", AccountConsolePage.url(realm), DemoUsers.SP_ADMIN, password);
        assertThat(Tokens.accessToken(console).getIssuedFor()).isEqualTo("account-console");
        assertThat(Tokens.accessToken(console).hasAudience("mag-invitations")).as("no dedicated audience").isFalse();
        HttpResponse<String> listed = api.get("", console.getAccessToken());
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        HttpResponse<String> created = api.create("Console Works Ltd", "contact@console-works.example", List.of("northwind-sourcing"), console.getAccessToken());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        AccessTokenResponse other = signInThroughTheBrowser(otherApp, otherRedirect, DemoUsers.SP_ADMIN, password);
        assertThat(Tokens.accessToken(other).getIssuedFor()).isEqualTo(otherApp);
        HttpResponse<String> refused = api.create("Other Browser Ltd", "contact@other-browser.example", List.of("northwind-sourcing"), other.getAccessToken());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
        assertThat(ConnectionsApi.json(refused).path("error").asText()).isEqualTo("invalid_token");
        String spAdminId = realm.admin().users().search(DemoUsers.SP_ADMIN, true).get(0).getId();
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, spAdminId, null, null, null, 0, 100))
                .as("the refusal is recorded")
                .anyMatch(e -> otherApp.equals(e.getClientId()) && "invalid_token".equals(e.getError()));
        assertThat(ConnectionsApi.json(api.get("", console.getAccessToken())))
                .as("the console's invitation exists, the refused one does not")
                .extracting(invitation -> invitation.path("companyName").asText())
                .contains("Console Works Ltd")
                .doesNotContain("Other Browser Ltd");
    }
}
