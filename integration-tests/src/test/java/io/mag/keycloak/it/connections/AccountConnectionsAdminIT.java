package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The operators' REST API {@code /admin/realms/mag/mag-account-connections}: what it answers, the
 * permissions it checks (Keycloak's own user permissions) and the admin events it records.
 * The operator is the realm file's demo realm administrator.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class AccountConnectionsAdminIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    private TestUsers accounts;
    private ConnectionsApi api;
    private String operatorToken;
    private String operatorId;

    @BeforeEach
    void setUp() {
        accounts = new TestUsers(realm);
        api = new ConnectionsApi(realm);
        operatorToken = api.token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        operatorId = realm.admin().users().search(DemoUsers.OPERATOR, true).get(0).getId();
    }

    @Test
    void connectAnswers201WithTheLocationOfTheConnectionAndRecordsAnAdminEvent() {
        String parent = accounts.create("parent", "hana");
        String child = accounts.create("child", "hana");

        HttpResponse<String> created = api.connect(parent, child, operatorToken);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(api.url("users/" + parent + "/children/" + child));
        JsonNode connection = ConnectionsApi.json(created);
        assertThat(connection.path("parent").path("id").asText()).isEqualTo(parent);
        assertThat(connection.path("parent").path("username").asText()).isEqualTo(accounts.username("parent"));
        assertThat(connection.path("child").path("id").asText()).isEqualTo(child);
        assertThat(connection.path("child").path("username").asText()).isEqualTo(accounts.username("child"));
        assertThat(connection.path("createdBy").asText()).isEqualTo(operatorId);
        assertThat(Instant.parse(connection.path("createdAt").asText())).isBefore(Instant.now().plusSeconds(60));

        HttpResponse<String> fetched = api.get(location.substring(api.url("").length() + 1), operatorToken);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(ConnectionsApi.json(fetched).path("id").asText()).isEqualTo(connection.path("id").asText());

        AdminEventRepresentation event = adminEvent("CREATE", "mag-account-connections/users/" + parent + "/children/" + child);
        assertThat(event.getResourceType()).isEqualTo("USER");
        assertThat(event.getAuthDetails().getUserId()).isEqualTo(operatorId);
        assertThat(event.getRepresentation()).contains(connection.path("id").asText(), parent, child);

        // The user profile lets admins see the mirrored attributes (and nobody edit them).
        UserRepresentation childRep = realm.admin().users().get(child).toRepresentation();
        assertThat(childRep.getAttributes()).containsEntry("magConnectedParent", List.of(accounts.username("parent")));
        UserRepresentation parentRep = realm.admin().users().get(parent).toRepresentation();
        assertThat(parentRep.getAttributes()).containsEntry("magConnectedChildren", List.of(accounts.username("child")));
    }

    @Test
    void disconnectAnswers204ThenNotFoundAndRecordsAnAdminEvent() {
        String parent = accounts.create("parent", "ivo");
        String child = accounts.create("child", "ivo");
        String connectionId = ConnectionsApi.json(api.connect(parent, child, operatorToken)).path("id").asText();

        HttpResponse<String> removed = api.disconnect(parent, child, operatorToken);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);

        HttpResponse<String> again = api.disconnect(parent, child, operatorToken);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(ConnectionsApi.json(again).path("error").asText()).isEqualTo("not_connected");
        assertThat(api.get("users/" + parent + "/children/" + child, operatorToken).statusCode()).isEqualTo(404);

        AdminEventRepresentation event = adminEvent("DELETE", "mag-account-connections/users/" + parent + "/children/" + child);
        assertThat(event.getResourceType()).isEqualTo("USER");
        assertThat(event.getRepresentation()).contains(connectionId, parent, child);
        Map<String, List<String>> childAttributes = realm.admin().users().get(child).toRepresentation().getAttributes();
        assertThat(childAttributes == null ? Map.of() : childAttributes).doesNotContainKey("magConnectedParent");
    }

    @Test
    void userViewShowsParentAndChildren() {
        String parent = accounts.create("parent", "jun");
        String child = accounts.create("child", "jun");
        String loner = accounts.create("loner", "kit");
        assertThat(api.connect(parent, child, operatorToken).statusCode()).isEqualTo(201);

        JsonNode ofParent = ConnectionsApi.json(api.get("users/" + parent, operatorToken));
        assertThat(ofParent.has("parent")).isTrue();
        assertThat(ofParent.path("parent").isNull()).isTrue();
        assertThat(ofParent.path("children")).hasSize(1);
        assertThat(ofParent.path("children").get(0).path("id").asText()).isEqualTo(child);
        assertThat(ofParent.path("children").get(0).path("username").asText()).isEqualTo(accounts.username("child"));

        JsonNode ofChild = ConnectionsApi.json(api.get("users/" + child, operatorToken));
        assertThat(ofChild.path("parent").path("id").asText()).isEqualTo(parent);
        assertThat(ofChild.path("parent").path("username").asText()).isEqualTo(accounts.username("parent"));
        assertThat(ofChild.path("children")).isEmpty();

        JsonNode ofLoner = ConnectionsApi.json(api.get("users/" + loner, operatorToken));
        assertThat(ofLoner.path("parent").isNull()).isTrue();
        assertThat(ofLoner.path("children")).isEmpty();

        HttpResponse<String> unknown = api.get("users/" + UUID.randomUUID(), operatorToken);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ConnectionsApi.json(unknown).path("error").asText()).isEqualTo("user_not_found");
    }

    @Test
    void refusedConnectionsAnswerWithTheRulesMessageKey() {
        String parent = accounts.create("parent", "lea");
        String stranger = accounts.create("stranger", "someone-else");
        String child = accounts.create("child", "lea");
        String otherParent = accounts.create("other", "lea");

        HttpResponse<String> notSamePerson = api.connect(parent, stranger, operatorToken);
        assertThat(notSamePerson.statusCode()).isEqualTo(400);
        JsonNode identity = ConnectionsApi.json(notSamePerson);
        assertThat(identity.path("error").asText()).isEqualTo("magConnectRefusedIdentity");
        assertThat(identity.path("error_description").asText())
                .as("the login theme's text for the key").isNotBlank().isNotEqualTo("magConnectRefusedIdentity");

        assertThat(api.connect(parent, child, operatorToken).statusCode()).isEqualTo(201);
        HttpResponse<String> taken = api.connect(otherParent, child, operatorToken);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(ConnectionsApi.json(taken).path("error").asText()).isEqualTo("magConnectRefusedAlreadyChild");

        HttpResponse<String> unknownChild = api.connect(parent, UUID.randomUUID().toString(), operatorToken);
        assertThat(unknownChild.statusCode()).isEqualTo(404);
        assertThat(ConnectionsApi.json(unknownChild).path("error").asText()).isEqualTo("user_not_found");

        HttpResponse<String> noChild = api.connect(parent, "", operatorToken);
        assertThat(noChild.statusCode()).isEqualTo(400);
        assertThat(ConnectionsApi.json(noChild).path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void listIsPagedOldestFirst() {
        long before = ConnectionsApi.json(api.get("", operatorToken)).path("total").asLong();
        String parent = accounts.create("parent", "mia");
        List<String> children = new ArrayList<>();
        for (String name : List.of("one", "two", "three")) {
            String child = accounts.create(name, "mia");
            assertThat(api.connect(parent, child, operatorToken).statusCode()).isEqualTo(201);
            children.add(child);
        }

        JsonNode firstPage = ConnectionsApi.json(api.get("?max=2", operatorToken));
        assertThat(firstPage.path("total").asLong()).isEqualTo(before + 3);
        assertThat(firstPage.path("connections")).hasSize(2);

        JsonNode ours = ConnectionsApi.json(api.get("?first=" + before + "&max=1000", operatorToken));
        assertThat(ours.path("connections")).hasSize(3);
        List<String> listedChildren = new ArrayList<>();
        ours.path("connections").forEach(c -> listedChildren.add(c.path("child").path("id").asText()));
        assertThat(listedChildren).containsExactlyElementsOf(children);
        JsonNode one = ours.path("connections").get(0);
        assertThat(one.path("parent").path("username").asText()).isEqualTo(accounts.username("parent"));
        assertThat(one.path("child").path("username").asText()).isEqualTo(accounts.username("one"));
        assertThat(one.path("createdBy").asText()).isEqualTo(operatorId);
        assertThat(one.path("id").asText()).isNotBlank();
        assertThat(Instant.parse(one.path("createdAt").asText())).isNotNull();

        HttpResponse<String> negative = api.get("?max=-1", operatorToken);
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(ConnectionsApi.json(negative).path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void permissionsAreKeycloaksUserPermissions() {
        String parent = accounts.create("parent", "noa");
        String child = accounts.create("child", "noa");
        String spare = accounts.create("spare", "noa");
        assertThat(api.connect(parent, child, operatorToken).statusCode()).isEqualTo(201);

        assertThat(api.get("", null).statusCode()).as("no token").isEqualTo(401);
        assertThat(api.get("users/" + parent, null).statusCode()).isEqualTo(401);
        assertThat(api.connect(parent, spare, null).statusCode()).isEqualTo(401);
        assertThat(api.disconnect(parent, child, null).statusCode()).isEqualTo(401);

        String nobody = accounts.create("nobody", "oli");
        String nobodyToken = api.token(accounts.username("nobody"), TestUsers.PASSWORD);
        assertThat(api.get("", nobodyToken).statusCode()).as("no admin role").isEqualTo(403);
        assertThat(api.get("users/" + parent, nobodyToken).statusCode()).isEqualTo(403);
        assertThat(api.get("users/" + UUID.randomUUID(), nobodyToken).statusCode()).as("no hint whether the id exists").isEqualTo(403);
        assertThat(nobody).isNotBlank();

        String helpdesk = accounts.create("helpdesk", "pat");
        grantRealmManagementRole(helpdesk, "view-users");
        String helpdeskToken = api.token(accounts.username("helpdesk"), TestUsers.PASSWORD);
        assertThat(api.get("", helpdeskToken).statusCode()).as("view-users may list").isEqualTo(200);
        assertThat(api.get("users/" + parent, helpdeskToken).statusCode()).isEqualTo(200);
        HttpResponse<String> connect = api.connect(parent, spare, helpdeskToken);
        assertThat(connect.statusCode()).as("connect needs manage-users").isEqualTo(403);
        assertThat(ConnectionsApi.json(connect).has("error")).isTrue();
        assertThat(api.disconnect(parent, child, helpdeskToken).statusCode()).as("disconnect needs manage-users").isEqualTo(403);

        JsonNode stillConnected = ConnectionsApi.json(api.get("users/" + child, operatorToken));
        assertThat(stillConnected.path("parent").path("id").asText()).isEqualTo(parent);
        assertThat(ConnectionsApi.json(api.get("users/" + spare, operatorToken)).path("parent").isNull()).isTrue();
    }

    @Test
    void deletingTheParentRemovesItsConnections() {
        String parent = accounts.create("parent", "quin");
        String child = accounts.create("child", "quin");
        String connectionId = ConnectionsApi.json(api.connect(parent, child, operatorToken)).path("id").asText();
        assertThat(connectionIds()).contains(connectionId);

        realm.admin().users().get(parent).remove();

        assertThat(ConnectionsApi.json(api.get("users/" + child, operatorToken)).path("parent").isNull()).isTrue();
        assertThat(connectionIds()).doesNotContain(connectionId);

        // The child is free again: another account of the same person can take it as a child.
        String newParent = accounts.create("new-parent", "quin");
        assertThat(api.connect(newParent, child, operatorToken).statusCode()).isEqualTo(201);
    }

    private List<String> connectionIds() {
        List<String> ids = new ArrayList<>();
        ConnectionsApi.json(api.get("?max=1000", operatorToken)).path("connections")
                .forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    private void grantRealmManagementRole(String userId, String roleName) {
        String realmManagement = realm.admin().clients().findByClientId("realm-management").get(0).getId();
        RoleRepresentation role = realm.admin().clients().get(realmManagement).roles().get(roleName).toRepresentation();
        realm.admin().users().get(userId).roles().clientLevel(realmManagement).add(List.of(role));
    }

    private AdminEventRepresentation adminEvent(String operation, String resourcePath) {
        return realm.admin().getAdminEvents(List.of(operation), null, null, null, null, resourcePath, null, null, null, 0, 10)
                .stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + operation + " admin event for " + resourcePath));
    }
}
