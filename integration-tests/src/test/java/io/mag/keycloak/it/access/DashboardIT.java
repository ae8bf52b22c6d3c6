package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;

import com.fasterxml.jackson.databind.JsonNode;

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
 * The dashboard's REST part, {@code GET /realms/{realm}/mag-applications/dashboard}: a user with
 * access to a subscribed application sees it with Launch (the client's base URL); a user of the
 * same organization without access sees it to request, then as requested and pending; an
 * application another organization is subscribed to is never listed, and one that requires OTP
 * says so.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class DashboardIT {

    private static final String LAUNCH_URL = "https://portal.northwind-test.example/start";

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
        ClientRepresentation client = oauth.clientResource().toRepresentation();
        client.setBaseUrl(LAUNCH_URL);
        oauth.clientResource().update(client);
    }

    /** A supplier subscribed to the test application: {alias, organization id}. */
    private String[] subscribedSupplier(String name) {
        String alias = "supplier-" + name + "-" + tag;
        String organizationId = partners.createOrganization("Supplier " + name + " " + tag, alias, alias + ".example", "supplier");
        api.subscribe(alias, oauth.getClientId());
        return new String[] {alias, organizationId};
    }

    private String member(String[] organization, String person) {
        String userId = users.create(person, person);
        partners.addMember(organization[1], userId);
        return userId;
    }

    private JsonNode dashboardOf(String person) {
        HttpResponse<String> response = api.applications().get("dashboard", api.token(users.username(person), TestUsers.PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RestApiClient.json(response);
    }

    private static JsonNode entry(JsonNode list, String clientId) {
        for (JsonNode item : list) {
            if (clientId.equals(item.path("clientId").asText())) {
                return item;
            }
        }
        return null;
    }

    /** A second partner application of the demo partner, with its access role; {@code minimumAcr} may be null. */
    private String partnerApplication(String clientId, String name, String minimumAcr) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setPublicClient(true);
        client.setRedirectUris(List.of("https://" + clientId + ".example/*"));
        client.setBaseUrl("https://" + clientId + ".example/");
        client.setAttributes(minimumAcr == null
                ? Map.of("mag.owning-partner", Partners.DEMO_PARTNER_ALIAS, "mag.access-role", PartnerApplication.ACCESS_ROLE)
                : Map.of("mag.owning-partner", Partners.DEMO_PARTNER_ALIAS, "mag.access-role", PartnerApplication.ACCESS_ROLE,
                        "minimum.acr.value", minimumAcr));
        String id;
        try (Response created = realm.admin().clients().create(client)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        RoleRepresentation role = new RoleRepresentation();
        role.setName(PartnerApplication.ACCESS_ROLE);
        realm.admin().clients().get(id).roles().create(role);
        realm.cleanup().add(r -> r.clients().get(id).remove());
        return clientId;
    }

    @Test
    @DisplayName("a user with access sees the application with Launch at the client's base URL, nothing to request")
    void userWithAccessSeesLaunch() {
        String[] supplier = subscribedSupplier("lena");
        String userId = member(supplier, "lena");
        groups.join(userId, RoleGroups.applicationPath(supplier[0], oauth.getClientId(), RoleGroups.APPLICATION_USERS));

        JsonNode dashboard = dashboardOf("lena");

        JsonNode application = entry(dashboard.path("applications"), oauth.getClientId());
        assertThat(application).as("listed among the user's applications: %s", dashboard).isNotNull();
        assertThat(application.path("launchUrl").asText()).isEqualTo(LAUNCH_URL);
        assertThat(application.path("name").asText()).isEqualTo(PartnerApplication.NAME);
        assertThat(application.path("otpRequired").asBoolean()).as("the test application has no minimum acr").isFalse();
        assertThat(entry(dashboard.path("requestable"), oauth.getClientId())).as("not also to request").isNull();
        assertThat(dashboard.path("pending")).isEmpty();
    }

    @Test
    @DisplayName("a user without access sees the application to request, without Launch; after requesting it is requested and pending")
    void userWithoutAccessSeesRequest() {
        String[] supplier = subscribedSupplier("rolf");
        member(supplier, "rolf");

        JsonNode before = dashboardOf("rolf");

        assertThat(entry(before.path("applications"), oauth.getClientId())).as("no Launch without access: %s", before).isNull();
        JsonNode requestable = entry(before.path("requestable"), oauth.getClientId());
        assertThat(requestable).as("offered to request: %s", before).isNotNull();
        assertThat(requestable.hasNonNull("launchUrl")).as("no launch URL for an application without access").isFalse();
        assertThat(requestable.path("requested").asBoolean()).isFalse();

        HttpResponse<String> filed = api.request(oauth.getClientId(), null, api.token(users.username("rolf"), TestUsers.PASSWORD));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode after = dashboardOf("rolf");

        assertThat(entry(after.path("requestable"), oauth.getClientId()).path("requested").asBoolean()).as("Request is not offered twice").isTrue();
        assertThat(after.path("pending").findValuesAsText("clientId")).containsExactly(oauth.getClientId());
        assertThat(after.path("pending").findValuesAsText("id")).containsExactly(RestApiClient.json(filed).path("id").asText());
    }

    @Test
    @DisplayName("an application another organization is subscribed to is never listed, even with an OTP requirement; its own users see it marked as requiring OTP")
    void anotherOrganizationsApplicationsNeverListed() {
        String[] mine = subscribedSupplier("mia");
        String mia = member(mine, "mia");
        groups.join(mia, RoleGroups.applicationPath(mine[0], oauth.getClientId(), RoleGroups.APPLICATION_USERS));
        String otherApplication = partnerApplication("dashboard-other-" + tag, "Other Portal " + tag, "2");
        String otherAlias = "supplier-other-" + tag;
        String otherId = partners.createOrganization("Supplier other " + tag, otherAlias, otherAlias + ".example", "supplier");
        api.subscribe(otherAlias, otherApplication);
        String olga = users.create("olga", "olga");
        partners.addMember(otherId, olga);
        groups.join(olga, RoleGroups.applicationPath(otherAlias, otherApplication, RoleGroups.APPLICATION_USERS));

        JsonNode miaSees = dashboardOf("mia");
        JsonNode olgaSees = dashboardOf("olga");

        assertThat(miaSees.path("applications").findValuesAsText("clientId")).containsExactly(oauth.getClientId());
        assertThat(miaSees.path("requestable").findValuesAsText("clientId")).as("not offered to request either").doesNotContain(otherApplication);
        assertThat(olgaSees.path("applications").findValuesAsText("clientId")).containsExactly(otherApplication);
        assertThat(olgaSees.path("requestable").findValuesAsText("clientId")).doesNotContain(oauth.getClientId());
        assertThat(entry(olgaSees.path("applications"), otherApplication).path("otpRequired").asBoolean())
                .as("minimum acr 2 means OTP").isTrue();
    }

    @Test
    @DisplayName("the dashboard needs a bearer token: 401 without one")
    void dashboardNeedsAToken() {
        HttpResponse<String> response = api.applications().get("dashboard", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    }
}
