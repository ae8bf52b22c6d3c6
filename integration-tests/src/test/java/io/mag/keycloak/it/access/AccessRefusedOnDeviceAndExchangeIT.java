package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.device.DeviceAuthorizationResponse;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.PartnerApplication;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * The device authorization grant and token exchange give a user without access to a partner
 * application no token for it. Approving a device ends on the refusal page; with that page's
 * required action disabled, the client policy refuses the device's token request. A token
 * exchange is refused for the requesting application once the user's access is removed (the
 * token itself still valid), and for an audience the user has no access to.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class AccessRefusedOnDeviceAndExchangeIT {

    private static final String REFUSAL = "application_access_denied";
    private static final String SIGN_IN_REFUSAL = "mag-application-access-refusal";
    private static final String DEVICE_GRANT = "oauth2.device.authorization.grant.enabled";
    private static final String STANDARD_TOKEN_EXCHANGE = "standard.token.exchange.enabled";
    /** A demo partner application of the realm file, with its access role. */
    private static final String OTHER_APPLICATION = "northwind-sourcing";

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
    private boolean clientRestoreScheduled;

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

    /** A member of a new supplier subscribed to the test application; {alias, organization id, user id}. */
    private String[] subscribedMember(String person) {
        String alias = "supplier-" + person + "-" + tag;
        String organizationId = partners.createOrganization("Supplier " + person + " " + tag, alias, alias + ".example", "supplier");
        api.subscribe(alias, oauth.getClientId());
        String userId = users.create(person, person);
        partners.addMember(organizationId, userId);
        return new String[] {alias, organizationId, userId};
    }

    private void grantAccess(String[] member, String clientId) {
        groups.join(member[2], RoleGroups.applicationPath(member[0], clientId, RoleGroups.APPLICATION_USERS));
    }

    private void removeAccess(String[] member, String clientId) {
        String groupId = groups.group(RoleGroups.applicationPath(member[0], clientId, RoleGroups.APPLICATION_USERS)).getId();
        realm.admin().users().get(member[2]).leaveGroup(groupId);
    }

    private static void assertRefused(AccessTokenResponse response) {
        assertThat(response.getStatusCode()).as("status").isEqualTo(400);
        assertThat(response.getError()).isEqualTo("invalid_grant");
        assertThat(response.getErrorDescription()).isEqualTo(REFUSAL);
        assertThat(response.getAccessToken()).isNull();
    }

    /**
     * Changes the test application; after the test it is put back as it was. Keycloak's client
     * update keeps attributes it is not given, so the restore names them.
     */
    private void updateClient(Consumer<ClientRepresentation> change) {
        if (!clientRestoreScheduled) {
            ClientRepresentation original = oauth.clientResource().toRepresentation();
            original.getAttributes().putIfAbsent(DEVICE_GRANT, "false");
            original.getAttributes().putIfAbsent(STANDARD_TOKEN_EXCHANGE, "false");
            realm.cleanup().add(r -> oauth.clientResource().update(original));
            clientRestoreScheduled = true;
        }
        ClientRepresentation after = oauth.clientResource().toRepresentation();
        change.accept(after);
        oauth.clientResource().update(after);
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

    /** Starts a device authorization and signs the user in at its verification address. */
    private DeviceAuthorizationResponse approveDevice(String person) {
        DeviceAuthorizationResponse device = oauth.device().doDeviceAuthorizationRequest();
        assertThat(device.getDeviceCode()).as("device authorization: %s", device.getErrorDescription()).isNotNull();
        SignInPage.signOut(browser, realm);
        browser.open(device.getVerificationUriComplete());
        new SignInPage(browser).signIn(users.username(person), TestUsers.PASSWORD);
        return device;
    }

    /** Keycloak asks to grant the device access (its consent page): the user accepts. */
    private void acceptDeviceGrant() {
        browser.driver().findElement(By.cssSelector("[name=accept]")).click();
    }

    @Test
    @DisplayName("a user without access approving a device ends on the refusal page, and the device gets no tokens")
    void deviceApprovalEndsOnTheRefusalPage() {
        updateClient(client -> client.getAttributes().put(DEVICE_GRANT, "true"));
        subscribedMember("dana");

        DeviceAuthorizationResponse device = approveDevice("dana");

        assertThat(browser.driver().getPageSource()).as("at %s", browser.driver().getCurrentUrl())
                .contains("You do not have access to " + PartnerApplication.NAME + " yet.");
        AccessTokenResponse tokens = oauth.device().doDeviceTokenRequest(device.getDeviceCode());
        assertThat(tokens.getStatusCode()).isEqualTo(400);
        assertThat(tokens.getAccessToken()).isNull();
    }

    @Test
    @DisplayName("with the sign-in refusal disabled, the device's token request is refused without access and answered with access")
    void deviceTokenRequestIsRefusedByThePolicy() {
        updateClient(client -> client.getAttributes().put(DEVICE_GRANT, "true"));
        disableSignInRefusal();
        String[] member = subscribedMember("dirk");

        DeviceAuthorizationResponse refused = approveDevice("dirk");
        acceptDeviceGrant();

        assertRefused(oauth.device().doDeviceTokenRequest(refused.getDeviceCode()));

        grantAccess(member, oauth.getClientId());
        DeviceAuthorizationResponse granted = approveDevice("dirk");
        acceptDeviceGrant();
        AccessTokenResponse tokens = oauth.device().doDeviceTokenRequest(granted.getDeviceCode());
        assertThat(tokens.isSuccess()).as("with access: %s", tokens.getErrorDescription()).isTrue();
        assertThat(Tokens.accessToken(tokens).getSubject()).isEqualTo(member[2]);
    }

    @Test
    @DisplayName("token exchange of a still-valid token is refused once the user's access is removed")
    void tokenExchangeAfterAccessRemovedIsRefused() {
        updateClient(client -> client.getAttributes().put(STANDARD_TOKEN_EXCHANGE, "true"));
        String[] member = subscribedMember("tara");
        grantAccess(member, oauth.getClientId());
        AccessTokenResponse live = oauth.doPasswordGrantRequest(users.username("tara"), TestUsers.PASSWORD);
        assertThat(live.isSuccess()).as(live.getErrorDescription()).isTrue();
        AccessTokenResponse withAccess = oauth.tokenExchangeRequest(live.getAccessToken()).send();
        assertThat(withAccess.isSuccess()).as("exchanged while the user has access: %s", withAccess.getErrorDescription()).isTrue();

        removeAccess(member, oauth.getClientId());

        assertRefused(oauth.tokenExchangeRequest(live.getAccessToken()).send());
    }

    /**
     * The test application may ask for the other application's audience (its scope includes that
     * application's access role, so an exchanged token names it). The user has access to the test
     * application only: the exchange for the other audience is refused with the policy's answer;
     * once the user has access there too, Keycloak exchanges it.
     */
    @Test
    @DisplayName("token exchange for the audience of an application the user has no access to is refused")
    void tokenExchangeForAnAudienceWithoutAccessIsRefused() {
        updateClient(client -> client.getAttributes().put(STANDARD_TOKEN_EXCHANGE, "true"));
        ClientResource other = otherApplication();
        RoleRepresentation otherAccess = other.roles().get(PartnerApplication.ACCESS_ROLE).toRepresentation();
        String otherId = other.toRepresentation().getId();
        oauth.clientResource().getScopeMappings().clientLevel(otherId).add(List.of(otherAccess));
        realm.cleanup().add(r -> oauth.clientResource().getScopeMappings().clientLevel(otherId).remove(List.of(otherAccess)));
        String[] member = subscribedMember("theo");
        api.subscribe(member[0], OTHER_APPLICATION);
        grantAccess(member, oauth.getClientId());
        AccessTokenResponse live = oauth.doPasswordGrantRequest(users.username("theo"), TestUsers.PASSWORD);
        assertThat(live.isSuccess()).as(live.getErrorDescription()).isTrue();

        assertRefused(oauth.tokenExchangeRequest(live.getAccessToken()).audience(OTHER_APPLICATION).send());

        grantAccess(member, OTHER_APPLICATION);
        AccessTokenResponse fresh = oauth.doPasswordGrantRequest(users.username("theo"), TestUsers.PASSWORD);
        AccessTokenResponse exchanged = oauth.tokenExchangeRequest(fresh.getAccessToken()).audience(OTHER_APPLICATION).send();
        assertThat(exchanged.isSuccess()).as("with access there too: %s", exchanged.getErrorDescription()).isTrue();
        assertThat(Tokens.accessToken(exchanged).getAudience()).contains(OTHER_APPLICATION);
    }

    private ClientResource otherApplication() {
        String id = realm.admin().clients().findByClientId(OTHER_APPLICATION).get(0).getId();
        return realm.admin().clients().get(id);
    }
}
