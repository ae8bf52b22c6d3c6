package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.PartnerApplication;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.SamlApplication;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * A user reaches a partner application only when their organization is subscribed to it and they
 * have been granted access: the browser sign-in ends on the refusal page otherwise (naming the
 * partner, or offering Request access), a direct grant is refused, and so is a SAML sign-in; an
 * approved user's token carries the application's access role; applications without an owning
 * partner are not affected.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ApplicationAccessEnforcementIT {

    private static final String NOT_SUBSCRIBED = "Your organization is not subscribed to " + PartnerApplication.NAME + ".";
    private static final String CONTACT = "To use it, contact " + Partners.DEMO_PARTNER_NAME + ", the company that provides it.";
    private static final String NO_ACCESS = "You do not have access to " + PartnerApplication.NAME + " yet.";
    private static final String SAML_SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectOAuthClient(config = PartnerApplication.class)
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver browser;

    private ApplicationAccessApi api;
    private RoleGroups groups;
    private Partners partners;
    private TestUsers users;
    private String tag;

    @BeforeEach
    void setUp() {
        api = new ApplicationAccessApi(realm);
        groups = new RoleGroups(realm);
        partners = new Partners(realm);
        users = new TestUsers(realm);
        tag = UUID.randomUUID().toString().substring(0, 8);
        PartnerApplication.ensureAccessRole(oauth.clientResource());
        SignInPage.signOut(browser, realm);
    }

    /** A member of a new supplier organization; returns {alias, organization id, user id}. */
    private String[] member(String person) {
        String alias = "supplier-" + person + "-" + tag;
        String organizationId = partners.createOrganization("Supplier " + person + " " + tag, alias, alias + ".example", "supplier");
        String userId = users.create(person, person);
        partners.addMember(organizationId, userId);
        return new String[] {alias, organizationId, userId};
    }

    private void grantAccess(String[] member, String clientId) {
        groups.join(member[2], RoleGroups.applicationPath(member[0], clientId, "users"));
    }

    private void signInAtTheApplication(String person) {
        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username(person), TestUsers.PASSWORD);
    }

    private String page() {
        return browser.driver().getPageSource();
    }

    private void assertNoCode() {
        assertThat(browser.driver().getCurrentUrl()).as("still at the server, no code for the application")
                .startsWith(realm.getBaseUrl() + "/").doesNotContain("code=");
    }

    private List<EventRepresentation> refusals(String userId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR", "LOGIN_ERROR"), null, userId, null, null, null, 0, 20).stream()
                .filter(event -> "application_access_denied".equals(event.getError()))
                .toList();
    }

    @Test
    @DisplayName("a user of an organization that is not subscribed ends on the refusal page naming the partner, with a not_subscribed event")
    void notSubscribedIsRefusedInTheBrowser() {
        String[] member = member("nina");

        signInAtTheApplication("nina");

        assertThat(page()).contains(NOT_SUBSCRIBED).contains(CONTACT).doesNotContain("Request access");
        assertNoCode();
        assertThat(refusals(member[2])).extracting(event -> event.getDetails().get("mag_refusal")).contains("not_subscribed");
    }

    @Test
    @DisplayName("a user of a subscribed organization without access ends on the page that offers Request access")
    void noAccessYetOffersRequestAccess() {
        String[] member = member("noah");
        api.subscribe(member[0], oauth.getClientId());

        signInAtTheApplication("noah");

        assertThat(page()).contains(NO_ACCESS).contains("Request access");
        assertNoCode();
        assertThat(refusals(member[2])).extracting(event -> event.getDetails().get("mag_refusal")).contains("no_access");
    }

    @Test
    @DisplayName("a user with access signs in, and the token carries the application's access role")
    void approvedUserGetsTheAccessRole() {
        String[] member = member("ada");
        api.subscribe(member[0], oauth.getClientId());
        grantAccess(member, oauth.getClientId());

        signInAtTheApplication("ada");
        String code = oauth.parseLoginResponse().getCode();
        assertThat(code).as("code at %s", browser.driver().getCurrentUrl()).isNotNull();
        AccessToken token = Tokens.accessToken(oauth.doAccessTokenRequest(code));

        assertThat(token.getResourceAccess(oauth.getClientId())).isNotNull();
        assertThat(token.getResourceAccess(oauth.getClientId()).getRoles()).contains(PartnerApplication.ACCESS_ROLE);
        assertThat(token.getResourceAccess("northwind-sourcing")).as("Full scope allowed off: no other application's roles").isNull();
    }

    @Test
    @DisplayName("a direct grant without access is refused; with the sign-in refusal disabled the client policy still refuses it")
    void directGrantIsRefused() {
        String[] member = member("dora");
        api.subscribe(member[0], oauth.getClientId());

        AccessTokenResponse refused = oauth.doPasswordGrantRequest(users.username("dora"), TestUsers.PASSWORD);
        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getError()).isEqualTo("invalid_grant");
        assertThat(refused.getAccessToken()).isNull();

        disableSignInRefusal();
        AccessTokenResponse byPolicy = oauth.doPasswordGrantRequest(users.username("dora"), TestUsers.PASSWORD);
        assertThat(byPolicy.getStatusCode()).isEqualTo(400);
        assertThat(byPolicy.getErrorDescription()).isEqualTo("application_access_denied");

        grantAccess(member, oauth.getClientId());
        AccessTokenResponse granted = oauth.doPasswordGrantRequest(users.username("dora"), TestUsers.PASSWORD);
        assertThat(granted.isSuccess()).as(granted.getErrorDescription()).isTrue();
    }

    @Test
    @DisplayName("applications without an owning partner are not affected: a user of no subscribed organization gets tokens from admin-cli")
    void otherApplicationsAreUnaffected() {
        member("otto");

        String token = RestApiClient.passwordGrant(realm, "admin-cli", users.username("otto"), TestUsers.PASSWORD);

        assertThat(token).isNotBlank();
    }

    @Test
    @DisplayName("a SAML partner application: a user without access ends on the refusal page with no SAML response; with access the response carries the access role")
    void samlApplicationIsEnforced() {
        SamlApplication saml = new SamlApplication(realm, oauth.getRedirectUri());
        saml.register(null, Map.of("mag.owning-partner", Partners.DEMO_PARTNER_ALIAS, "mag.access-role", PartnerApplication.ACCESS_ROLE));
        PartnerApplication.ensureAccessRole(realm.admin().clients().get(saml.id()));
        String[] member = member("sal");
        api.subscribe(member[0], SamlApplication.ENTITY_ID);

        browser.open(saml.signInUrl());
        new SignInPage(browser).signIn(users.username("sal"), TestUsers.PASSWORD);
        String refusedAt = browser.driver().getCurrentUrl();
        assertThat(page()).contains("You do not have access to " + SamlApplication.ENTITY_ID + " yet.");
        assertThat(saml.responseIn(refusedAt)).as("no SAML response").isNull();

        grantAccess(member, SamlApplication.ENTITY_ID);
        SignInPage.signOut(browser, realm);
        browser.open(saml.signInUrl());
        new SignInPage(browser).signIn(users.username("sal"), TestUsers.PASSWORD);
        String response = saml.responseIn(browser.driver().getCurrentUrl());

        assertThat(response).as("SAML response at %s", browser.driver().getCurrentUrl()).isNotNull().contains(SAML_SUCCESS);
        assertThat(response).contains(">" + PartnerApplication.ACCESS_ROLE + "</");
    }

    private void disableSignInRefusal() {
        String alias = "mag-application-access-refusal";
        RequiredActionProviderRepresentation action = realm.admin().flows().getRequiredAction(alias);
        action.setEnabled(false);
        realm.admin().flows().updateRequiredAction(alias, action);
        realm.cleanup().add(r -> {
            RequiredActionProviderRepresentation enabled = r.flows().getRequiredAction(alias);
            enabled.setEnabled(true);
            r.flows().updateRequiredAction(alias, enabled);
        });
    }
}
