package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientPoliciesRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.protocol.oidc.grants.ciba.channel.AuthenticationChannelResponse;
import org.keycloak.testframework.oauth.CibaProvider;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectCibaProvider;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.ciba.AuthenticationRequestAcknowledgement;
import org.keycloak.testsuite.util.oauth.device.DeviceAuthorizationResponse;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * A connected child gets in through no door: an identity provider added with Keycloak's defaults
 * (no post-login flow of ours), Keycloak's stock browser flow bound to a client, the device
 * authorization grant, refresh and offline tokens issued before the connect. The realm's own
 * sign-in pages refuse a child themselves; these doors skip them. Two layers hold instead: the
 * required action mag-connected-child-sign-in-refusal ends any interactive sign-in on the refusal
 * page, and the client policy {@code mag-connected-children} (executor mag-connected-child-refusal)
 * answers any token request with invalid_grant, even with that action disabled.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ConnectedChildRefusedEverywhereIT {

    private static final String REFUSAL = "user_connected_to_parent";
    private static final String SIGN_IN_REFUSAL = "mag-connected-child-sign-in-refusal";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectRealm(ref = "partner", config = PartnerIdentityProvider.Realm.class)
    ManagedRealm partner;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    /** The authentication device of CIBA: the test server's endpoint that Keycloak asks to authenticate a user. */
    @InjectCibaProvider
    CibaProvider cibaDevice;

    private static final String DEVICE_GRANT = "oauth2.device.authorization.grant.enabled";
    private static final String CIBA_GRANT = "oidc.ciba.grant.enabled";
    private static final String STANDARD_TOKEN_EXCHANGE = "standard.token.exchange.enabled";
    private static final String CHILDREN_POLICY = "mag-connected-children";

    private boolean clientRestoreScheduled;
    private TestUsers users;
    private ConnectionsApi api;
    private String operatorToken;

    @BeforeEach
    void setUp() {
        users = new TestUsers(realm);
        api = new ConnectionsApi(realm);
        operatorToken = api.token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        SignInPage.signOut(browser, realm);
        browser.open(partner.getBaseUrl() + "/.well-known/openid-configuration");
        browser.cookies().deleteAll();
    }

    private String connectedChild(String person) {
        String parent = users.create("parent", person);
        String child = users.create("child", person);
        HttpResponse<String> connected = api.connect(parent, child, operatorToken);
        assertThat(connected.statusCode()).as(connected.body()).isEqualTo(201);
        return child;
    }

    private static void assertRefused(AccessTokenResponse response) {
        assertThat(response.getStatusCode()).as("status").isEqualTo(400);
        assertThat(response.getError()).isEqualTo("invalid_grant");
        assertThat(response.getErrorDescription()).isEqualTo(REFUSAL);
        assertThat(response.getAccessToken()).isNull();
    }

    /** Keycloak's page of the refusing required action, and no redirect to the application. */
    private void assertRefusalPage() {
        assertThat(browser.driver().getPageSource())
                .as("refusal page at %s", browser.driver().getCurrentUrl())
                .contains("This account is connected to a parent account. Please sign in with your parent account.");
        assertThat(browser.driver().getCurrentUrl())
                .as("still at the server, no code for the application")
                .startsWith(realm.getBaseUrl() + "/login-actions/")
                .doesNotContain("code=");
    }

    /** As an administrator might: the client policy must hold on its own. */
    private void disableSignInRefusal() {
        RequiredActionProviderRepresentation action = realm.admin().flows().getRequiredAction(SIGN_IN_REFUSAL);
        action.setEnabled(false);
        realm.admin().flows().updateRequiredAction(SIGN_IN_REFUSAL, action);
        realm.cleanup().add(r -> {
            RequiredActionProviderRepresentation enabled = r.flows().getRequiredAction(SIGN_IN_REFUSAL);
            enabled.setEnabled(true);
            r.flows().updateRequiredAction(SIGN_IN_REFUSAL, enabled);
        });
    }

    /** Signs in at the partner realm's own (stock) login page. */
    private void signInAtPartner(String username) {
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(PartnerIdentityProvider.PASSWORD);
        browser.driver().findElement(By.cssSelector("[type=submit]")).click();
    }

    private String codeThroughPartner(String partnerUsername) {
        oauth.loginForm().param("kc_idp_hint", PartnerIdentityProvider.ALIAS).open();
        signInAtPartner(partnerUsername);
        String code = oauth.parseLoginResponse().getCode();
        assertThat(code).as("back at the application with a code: %s", browser.driver().getCurrentUrl()).isNotNull();
        return code;
    }

    /** Binds Keycloak's stock browser flow (none of our sign-in pages) to the test application. */
    private void bindStockBrowserFlowToTheClient() {
        String stockBrowser = realm.admin().flows().getFlows().stream()
                .filter(flow -> "browser".equals(flow.getAlias()))
                .map(AuthenticationFlowRepresentation::getId)
                .findFirst().orElseThrow();
        updateClient(client -> client.setAuthenticationFlowBindingOverrides(Map.of("browser", stockBrowser)));
    }

    /**
     * Changes the test application; after the test it is put back as it was. Keycloak's client
     * update keeps overrides and attributes it is not given, so the restore names them blank.
     */
    private void updateClient(java.util.function.Consumer<ClientRepresentation> change) {
        if (!clientRestoreScheduled) {
            ClientRepresentation original = oauth.clientResource().toRepresentation();
            Map<String, String> overrides = new java.util.HashMap<>(
                    original.getAuthenticationFlowBindingOverrides() == null ? Map.of() : original.getAuthenticationFlowBindingOverrides());
            overrides.putIfAbsent("browser", "");
            overrides.putIfAbsent("direct_grant", "");
            original.setAuthenticationFlowBindingOverrides(overrides);
            original.getAttributes().putIfAbsent(DEVICE_GRANT, "false");
            original.getAttributes().putIfAbsent(CIBA_GRANT, "false");
            original.getAttributes().putIfAbsent(STANDARD_TOKEN_EXCHANGE, "false");
            realm.cleanup().add(r -> oauth.clientResource().update(original));
            clientRestoreScheduled = true;
        }
        ClientRepresentation after = oauth.clientResource().toRepresentation();
        change.accept(after);
        oauth.clientResource().update(after);
    }

    @Test
    @DisplayName("an identity-provider login of an unconnected account gets tokens (the door is open)")
    void identityProviderLoginOfAnUnconnectedAccountGetsTokens() {
        PartnerIdentityProvider.addTo(realm, partner);
        String account = users.create("free", "nico");
        PartnerIdentityProvider.link(realm, account, partner, PartnerIdentityProvider.OTHER_USERNAME);

        AccessTokenResponse tokens = oauth.doAccessTokenRequest(codeThroughPartner(PartnerIdentityProvider.OTHER_USERNAME));

        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();
        assertThat(Tokens.accessToken(tokens).getSubject()).isEqualTo(account);
    }

    @Test
    @DisplayName("an identity-provider login of a connected child, through a provider with Keycloak's default flows, ends on the refusal page")
    void identityProviderLoginOfAChildIsRefused() {
        PartnerIdentityProvider.addTo(realm, partner);
        String child = connectedChild("ida");
        PartnerIdentityProvider.link(realm, child, partner, PartnerIdentityProvider.USERNAME);

        oauth.loginForm().param("kc_idp_hint", PartnerIdentityProvider.ALIAS).open();
        signInAtPartner(PartnerIdentityProvider.USERNAME);

        assertRefusalPage();
    }

    @Test
    @DisplayName("with the sign-in refusal action disabled, the token request of a child's identity-provider login is still refused")
    void tokenRequestIsRefusedEvenWithoutTheSignInRefusal() {
        disableSignInRefusal();
        PartnerIdentityProvider.addTo(realm, partner);
        String child = connectedChild("ivy");
        PartnerIdentityProvider.link(realm, child, partner, PartnerIdentityProvider.USERNAME);

        assertRefused(oauth.doAccessTokenRequest(codeThroughPartner(PartnerIdentityProvider.USERNAME)));
    }

    @Test
    @DisplayName("a child signing in through Keycloak's stock browser flow bound to a client ends on the refusal page")
    void stockBrowserFlowBoundToAClientRefusesAChild() {
        bindStockBrowserFlowToTheClient();
        connectedChild("sam");

        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("child"), TestUsers.PASSWORD);

        assertRefusalPage();
    }

    @Test
    @DisplayName("with the sign-in refusal action disabled, a child gets no tokens through a stock flow bound to a client")
    void stockBrowserFlowGivesAChildNoTokensEvenWithoutTheSignInRefusal() {
        disableSignInRefusal();
        bindStockBrowserFlowToTheClient();
        connectedChild("sol");

        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("child"), TestUsers.PASSWORD);
        String code = oauth.parseLoginResponse().getCode();
        assertThat(code).as("the stock flow let the child through: %s", browser.driver().getCurrentUrl()).isNotNull();

        assertRefused(oauth.doAccessTokenRequest(code));
    }

    @Test
    @DisplayName("a child approving a device through a stock flow is refused, and the device gets no tokens")
    void deviceGrantRefusesAChild() {
        bindStockBrowserFlowToTheClient();
        updateClient(client -> client.getAttributes().put(DEVICE_GRANT, "true"));
        connectedChild("dee");

        DeviceAuthorizationResponse device = oauth.device().doDeviceAuthorizationRequest();
        assertThat(device.getDeviceCode()).as("device authorization").isNotNull();
        browser.open(device.getVerificationUriComplete());
        new SignInPage(browser).signIn(users.username("child"), TestUsers.PASSWORD);

        assertRefusalPage();
        AccessTokenResponse tokens = oauth.device().doDeviceTokenRequest(device.getDeviceCode());
        assertThat(tokens.getStatusCode()).isEqualTo(400);
        assertThat(tokens.getAccessToken()).isNull();
    }

    /** A CIBA authentication request of the test application for the user {@code loginHint}. */
    private AuthenticationRequestAcknowledgement cibaRequest(String loginHint, String bindingMessage) {
        updateClient(client -> client.getAttributes().put(CIBA_GRANT, "true"));
        return oauth.ciba().backchannelAuthenticationRequest(loginHint).bindingMessage(bindingMessage).send();
    }

    /** The device approves the request it was sent; returns the channel's answer to the device. */
    private int approveOnTheDevice(String bindingMessage) throws Exception {
        CibaProvider.CibaAuthenticationChannelRequest sent = cibaDevice.getAuthChannel(bindingMessage);
        assertThat(sent).as("Keycloak asked the authentication device").isNotNull();
        return oauth.ciba().doAuthenticationChannelCallback(sent.getBearerToken(), AuthenticationChannelResponse.Status.SUCCEED);
    }

    @Test
    @DisplayName("CIBA for an unconnected account: the device is asked, approves, and the client gets tokens (the door is open)")
    void cibaGivesAnUnconnectedAccountTokens() throws Exception {
        String account = users.create("free", "cora");

        AuthenticationRequestAcknowledgement request = cibaRequest(users.username("free"), "open-door");
        assertThat(request.getStatusCode()).as(request.getErrorDescription()).isEqualTo(200);
        assertThat(approveOnTheDevice("open-door")).isEqualTo(200);
        AccessTokenResponse tokens = oauth.ciba().doBackchannelAuthenticationTokenRequest(request.getAuthReqId());

        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();
        assertThat(Tokens.accessToken(tokens).getSubject()).isEqualTo(account);
    }

    @Test
    @DisplayName("a CIBA request naming a connected child is refused at once, before any authentication device is asked")
    void cibaRequestForAChildIsRefused() {
        connectedChild("cai");

        AuthenticationRequestAcknowledgement request = cibaRequest(users.username("child"), "child-request");

        assertThat(request.getStatusCode()).isEqualTo(400);
        assertThat(request.getError()).isEqualTo("invalid_grant");
        assertThat(request.getErrorDescription()).isEqualTo(REFUSAL);
        assertThat(request.getAuthReqId()).isNull();
        // Keycloak calls the device inside the request, before it answers: no waiting needed.
        assertThat(cibaDevice.getAuthChannel("child-request")).as("no authentication device asked").isNull();
    }

    @Test
    @DisplayName("a CIBA request approved after the account became a child gives no tokens")
    void cibaApprovedAfterTheConnectGivesNoTokens() throws Exception {
        String parent = users.create("parent", "cyd");
        String child = users.create("child", "cyd");
        AuthenticationRequestAcknowledgement request = cibaRequest(users.username("child"), "late-connect");
        assertThat(request.getStatusCode()).as(request.getErrorDescription()).isEqualTo(200);

        HttpResponse<String> connected = api.connect(parent, child, operatorToken);
        assertThat(connected.statusCode()).as(connected.body()).isEqualTo(201);
        assertThat(approveOnTheDevice("late-connect")).isEqualTo(200);

        assertRefused(oauth.ciba().doBackchannelAuthenticationTokenRequest(request.getAuthReqId()));
    }

    /** Switches the realm's client policy of connected children on or off, as an administrator can. */
    private void connectedChildrenPolicy(boolean enabled) {
        ClientPoliciesRepresentation policies = realm.admin().clientPoliciesPoliciesResource().getPolicies();
        policies.getPolicies().stream()
                .filter(policy -> CHILDREN_POLICY.equals(policy.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no client policy " + CHILDREN_POLICY))
                .setEnabled(enabled);
        realm.admin().clientPoliciesPoliciesResource().updatePolicies(policies);
    }

    /**
     * Token exchange (standard, RFC 8693) of a connected child's token. The connect ends every
     * session the child had, so a token from before it is refused by Keycloak's own subject-token
     * check anyway; a token the exchange must refuse on the policy's account is one with a live
     * session. It is made here by opening, for a moment, every other door: the sign-in refusal
     * action disabled, Keycloak's stock direct grant flow bound to the client, the client policy
     * off. The same token is then exchanged twice: policy off, Keycloak exchanges it; policy on,
     * refused with the policy's answer.
     */
    @Test
    @DisplayName("token exchange of a connected child's live token: exchanged without the client policy, refused with it")
    void tokenExchangeOfAChildsTokenIsRefused() {
        disableSignInRefusal();
        String stockDirectGrant = realm.admin().flows().getFlows().stream()
                .filter(flow -> "direct grant".equals(flow.getAlias()))
                .map(AuthenticationFlowRepresentation::getId)
                .findFirst().orElseThrow();
        updateClient(client -> {
            client.getAttributes().put(STANDARD_TOKEN_EXCHANGE, "true");
            Map<String, String> overrides = client.getAuthenticationFlowBindingOverrides() == null
                    ? new java.util.HashMap<>() : new java.util.HashMap<>(client.getAuthenticationFlowBindingOverrides());
            overrides.put("direct_grant", stockDirectGrant);
            client.setAuthenticationFlowBindingOverrides(overrides);
        });
        String child = connectedChild("tex");
        connectedChildrenPolicy(false);
        realm.cleanup().add(r -> connectedChildrenPolicy(true));
        AccessTokenResponse live = oauth.doPasswordGrantRequest(users.username("child"), TestUsers.PASSWORD);
        assertThat(live.isSuccess()).as("every other door open: %s", live.getErrorDescription()).isTrue();
        assertThat(Tokens.accessToken(live).getSubject()).isEqualTo(child);
        AccessTokenResponse withoutPolicy = oauth.tokenExchangeRequest(live.getAccessToken()).send();
        assertThat(withoutPolicy.isSuccess()).as("Keycloak alone exchanges it: %s", withoutPolicy.getErrorDescription()).isTrue();

        connectedChildrenPolicy(true);

        assertRefused(oauth.tokenExchangeRequest(live.getAccessToken()).send());
    }

    @Test
    @DisplayName("refresh and offline tokens issued before the connect stop working at the connect")
    void tokensIssuedBeforeTheConnectStopWorking() {
        String parent = users.create("parent", "ola");
        String child = users.create("child", "ola");
        AccessTokenResponse online = oauth.doPasswordGrantRequest(users.username("child"), TestUsers.PASSWORD);
        AccessTokenResponse offline = oauth.scope("offline_access").doPasswordGrantRequest(users.username("child"), TestUsers.PASSWORD);
        oauth.scope(null);
        assertThat(online.isSuccess()).isTrue();
        assertThat(offline.isSuccess()).isTrue();
        assertThat(oauth.parseRefreshToken(offline.getRefreshToken()).getType()).isEqualTo("Offline");
        assertThat(realm.admin().users().get(child).getOfflineSessions(oauth.clientResource().toRepresentation().getId()))
                .as("offline session before the connect").hasSize(1);

        HttpResponse<String> connected = api.connect(parent, child, operatorToken);
        assertThat(connected.statusCode()).as(connected.body()).isEqualTo(201);

        assertThat(oauth.doRefreshTokenRequest(online.getRefreshToken()).getStatusCode()).isEqualTo(400);
        assertThat(oauth.doRefreshTokenRequest(offline.getRefreshToken()).getStatusCode()).isEqualTo(400);
        assertThat(realm.admin().users().get(child).getOfflineSessions(oauth.clientResource().toRepresentation().getId()))
                .as("offline session after the connect").isEmpty();
    }

    @Test
    @DisplayName("a service-account user is never eligible as a child")
    void serviceAccountIsNeverAChild() {
        String parent = users.create("parent", "sal");
        ClientRepresentation service = new ClientRepresentation();
        service.setClientId(users.username("service"));
        service.setPublicClient(false);
        service.setServiceAccountsEnabled(true);
        String serviceId;
        try (Response created = realm.admin().clients().create(service)) {
            serviceId = CreatedResponseUtil.getCreatedId(created);
        }
        realm.cleanup().add(r -> r.clients().get(serviceId).remove());
        String serviceAccount = realm.admin().clients().get(serviceId).getServiceAccountUser().getId();
        // Everything else about it would pass: the parent's name and verified email.
        UserRepresentation lookalike = realm.admin().users().get(serviceAccount).toRepresentation();
        UserRepresentation person = users.account("parent", "sal");
        lookalike.setFirstName(person.getFirstName());
        lookalike.setLastName(person.getLastName());
        lookalike.setEmail(person.getEmail());
        lookalike.setEmailVerified(true);
        realm.admin().users().get(serviceAccount).update(lookalike);

        HttpResponse<String> refused = api.connect(parent, serviceAccount, operatorToken);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(ConnectionsApi.json(refused).get("error").asText()).isEqualTo("magConnectRefusedServiceAccount");
        assertThat(ConnectionsApi.json(api.get("users/" + serviceAccount, operatorToken)).get("parent").isNull()).isTrue();
    }
}
