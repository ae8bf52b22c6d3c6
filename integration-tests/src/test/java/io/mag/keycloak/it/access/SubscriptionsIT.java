package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.PartnerApplication;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Subscriptions of organizations to partner applications: the owner's at realm import, the
 * operator's admin REST (subscribe, end), the partner's Service Provider Administrator's REST
 * (list, end), and what ending does: the application's groups go, and with them the users'
 * access, so that their refresh tokens stop working.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class SubscriptionsIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectOAuthClient(config = PartnerApplication.class)
    OAuthClient oauth;

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
    }

    /** A supplier organization with one member; returns {alias, organization id, user id}. */
    private String[] supplierWithMember(String person) {
        String alias = "supplier-" + person + "-" + tag;
        String organizationId = partners.createOrganization("Supplier " + person + " " + tag, alias, alias + ".example", "supplier");
        String userId = users.create(person, person);
        partners.addMember(organizationId, userId);
        return new String[] {alias, organizationId, userId};
    }

    private JsonNode subscriptionOf(String organizationAlias, String clientId) {
        HttpResponse<String> list = api.subscriptions().get("?max=1000", api.operatorToken());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode subscription : RestApiClient.json(list)) {
            if (organizationAlias.equals(subscription.path("organizationAlias").asText()) && clientId.equals(subscription.path("clientId").asText())) {
                return subscription;
            }
        }
        return null;
    }

    @Test
    @DisplayName("at realm import the owning partner gets an active OWNER subscription to each of its applications, whose users group carries the access role")
    void ownerSubscriptionsAtImport() {
        for (String clientId : Partners.DEMO_APPLICATIONS) {
            JsonNode subscription = subscriptionOf(Partners.DEMO_PARTNER_ALIAS, clientId);
            assertThat(subscription).as("subscription of %s", clientId).isNotNull();
            assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(subscription.path("origin").asText()).isEqualTo("OWNER");
            GroupRepresentation usersGroup = groups.find(RoleGroups.applicationPath(Partners.DEMO_PARTNER_ALIAS, clientId, "users"));
            assertThat(usersGroup).as("users group of %s", clientId).isNotNull();
            String client = realm.admin().clients().findByClientId(clientId).get(0).getId();
            assertThat(realm.admin().groups().group(usersGroup.getId()).roles().clientLevel(client).listAll())
                    .extracting(RoleRepresentation::getName).containsExactly("access");
        }
    }

    @Test
    @DisplayName("the operator subscribes an organization (idempotently) and ends the subscription: the groups come and go, the row stays ENDED, admin events are written")
    void operatorSubscribesAndEnds() {
        String[] supplier = supplierWithMember("opal");
        String usersPath = RoleGroups.applicationPath(supplier[0], oauth.getClientId(), "users");

        String id = api.subscribe(supplier[0], oauth.getClientId());
        assertThat(api.subscribe(supplier[1], oauth.getClientId())).as("the same subscription again").isEqualTo(id);
        assertThat(groups.find(usersPath)).as("users group").isNotNull();
        assertThat(groups.find(RoleGroups.applicationPath(supplier[0], oauth.getClientId(), "administrators"))).isNotNull();
        JsonNode active = RestApiClient.json(api.subscriptions().get(id, api.operatorToken()));
        assertThat(active.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(active.path("origin").asText()).isEqualTo("REGISTRATION");
        assertThat(adminEvents("CREATE", "mag-subscriptions/" + id)).isNotEmpty();

        HttpResponse<String> ended = api.subscriptions().post(id + "/end", Map.of("reason", "contract over"), api.operatorToken());

        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(RestApiClient.json(ended).path("status").asText()).isEqualTo("ENDED");
        assertThat(RestApiClient.json(ended).path("endReason").asText()).isEqualTo("contract over");
        assertThat(groups.find(usersPath)).as("users group after the end").isNull();
        assertThat(adminEvents("UPDATE", "mag-subscriptions/" + id)).isNotEmpty();
        HttpResponse<String> again = api.subscriptions().post(id + "/end", Map.of(), api.operatorToken());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(operations(supplier[1])).contains("SUBSCRIBED", "SUBSCRIPTION_ENDED");
    }

    @Test
    @DisplayName("a client without mag.owning-partner cannot be subscribed to (400), an unknown organization is 404, and a non-admin gets 403")
    void badSubscriptions() {
        String[] supplier = supplierWithMember("bea");
        String operator = api.operatorToken();

        HttpResponse<String> notPartner = api.subscriptions().post("", Map.of("organization", supplier[0], "clientId", "admin-cli"), operator);
        assertThat(notPartner.statusCode()).as(notPartner.body()).isEqualTo(400);
        assertThat(RestApiClient.json(notPartner).path("error").asText()).isEqualTo("not_a_partner_application");
        HttpResponse<String> noOrganization = api.subscriptions().post("", Map.of("organization", "nobody-" + tag, "clientId", oauth.getClientId()), operator);
        assertThat(noOrganization.statusCode()).isEqualTo(404);
        HttpResponse<String> stranger = api.subscriptions().get("", RestApiClient.adminToken(realm, users.username("bea"), TestUsers.PASSWORD));
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(subscriptionOf(supplier[0], "admin-cli")).isNull();
    }

    @Test
    @DisplayName("the partner's Service Provider Administrator lists the subscriptions to its applications and ends one: the users' refresh tokens stop working")
    void partnerEndsASubscriptionAndRefreshStops() {
        String[] supplier = supplierWithMember("pia");
        String id = api.subscribe(supplier[0], oauth.getClientId());
        groups.join(supplier[2], RoleGroups.applicationPath(supplier[0], oauth.getClientId(), "users"));
        AccessTokenResponse tokens = oauth.doPasswordGrantRequest(users.username("pia"), TestUsers.PASSWORD);
        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();
        assertThat(oauth.doRefreshTokenRequest(tokens.getRefreshToken()).isSuccess()).as("refresh while subscribed").isTrue();
        String token = api.token(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));

        HttpResponse<String> list = api.partner().get("subscriptions", token);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(RestApiClient.json(list).findValuesAsText("id")).contains(id);
        HttpResponse<String> ended = api.partner().post("subscriptions/" + id + "/end", Map.of("reason", "supplier left"), token);

        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(RestApiClient.json(ended).path("status").asText()).isEqualTo("ENDED");
        AccessTokenResponse refreshed = oauth.doRefreshTokenRequest(tokens.getRefreshToken());
        assertThat(refreshed.getStatusCode()).isEqualTo(400);
        assertThat(refreshed.getError()).isEqualTo("invalid_grant");
        assertThat(refreshed.getErrorDescription()).isEqualTo("application_access_denied");
        assertThat(adminEvents("UPDATE", "mag-subscriptions/" + id)).as("the partner's end is visible to operators").isNotEmpty();
    }

    @Test
    @DisplayName("a user who is no Service Provider Administrator of the partner gets 403 from the partner API, with a mag_not_authorized event; a token without the audience gets 401")
    void partnerApiRefusesOthers() {
        String[] supplier = supplierWithMember("ron");
        String id = api.subscribe(supplier[0], oauth.getClientId());
        String token = api.token(users.username("ron"), TestUsers.PASSWORD);

        HttpResponse<String> list = api.partner().get("subscriptions", token);
        HttpResponse<String> end = api.partner().post("subscriptions/" + id + "/end", Map.of(), token);
        HttpResponse<String> wrongAudience = api.partner().get("subscriptions",
                oauth.doPasswordGrantRequest(users.username("ron"), TestUsers.PASSWORD).getAccessToken());

        assertThat(list.statusCode()).as(list.body()).isEqualTo(403);
        assertThat(end.statusCode()).as(end.body()).isEqualTo(403);
        assertThat(wrongAudience.statusCode()).isEqualTo(401);
        assertThat(RestApiClient.json(api.subscriptions().get(id, api.operatorToken())).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, supplier[2], null, null, null, 0, 20))
                .extracting(EventRepresentation::getError).contains("mag_not_authorized");
    }

    private List<AdminEventRepresentation> adminEvents(String operation, String resourcePath) {
        return realm.admin().getAdminEvents(List.of(operation), null, null, null, null, resourcePath, null, null, null, 0, 10);
    }

    private List<String> operations(String organizationId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, 0, 200).stream()
                .map(EventRepresentation::getDetails)
                .filter(details -> details != null && organizationId.equals(details.get("organization_id")))
                .map(details -> details.get("mag_operation"))
                .toList();
    }
}
