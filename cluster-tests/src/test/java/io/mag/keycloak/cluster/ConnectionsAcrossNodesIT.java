package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Application;
import io.mag.keycloak.cluster.support.Browser;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.HttpJson;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.Page;
import io.mag.keycloak.cluster.support.SignIn;

/**
 * A connection made through node A holds on node B at once: node B had the child in its caches
 * (the child signed in there just before), and the connect on A must invalidate them cluster-wide.
 * The same for a disconnect: node B had the parent's children cached (the parent's token from
 * node B), and the disconnect on A must drop them there.
 */
class ConnectionsAcrossNodesIT {

    private static final String REFUSAL = "This account is connected to a parent account. Please sign in with your parent account.";

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    /** A client role of the sourcing application, given to {@code user}: the parent's token carries a child's roles. */
    private void grantSourcingRole(String user, String role) {
        String client = admin.get("/clients?clientId=northwind-sourcing").expect(200).json().get(0).get("id").asText();
        admin.post("/clients/" + client + "/roles", Map.of("name", role)).expect(201);
        JsonNode representation = admin.get("/clients/" + client + "/roles/" + role).expect(200).json();
        admin.post("/users/" + user + "/role-mappings/clients/" + client, List.of(representation)).expect(204);
    }

    @Test
    @DisplayName("a child connected on node A is refused on node B at once; the parent's token from node B carries the connection")
    void connectOnARefusedOnB() {
        String parent = admin.createUser("parent", "pia");
        String child = admin.createUser("child", "pia");
        String role = admin.username("buyer");
        grantSourcingRole(child, role);
        Application sourcing = Application.sourcing();

        // The child signs in on node B first: node B now holds the child in its caches.
        Page before = SignIn.withPassword(new Browser(), sourcing, admin.username("child"), b, b);
        HttpJson childTokens = sourcing.tokens(sourcing.code(before), b).expect(200);

        admin.connect(parent, child).expect(201);

        Page refused = SignIn.withPassword(new Browser(), sourcing, admin.username("child"), b, b);
        assertThat(refused.isRedirect()).as("no redirect to the application: %s", refused).isFalse();
        assertThat(refused.body()).contains(REFUSAL);
        HttpJson refresh = HttpJson.postForm(b.realmUrl() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "refresh_token", "client_id", "northwind-sourcing",
                "refresh_token", childTokens.json().get("refresh_token").asText()), null);
        assertThat(refresh.status()).as("the child's refresh token on node B: %s", refresh).isEqualTo(400);
        assertThat(refresh.json().get("error").asText()).isEqualTo("invalid_grant");

        Page parentSignIn = SignIn.withPassword(new Browser(), sourcing, admin.username("parent"), b, b);
        JsonNode token = Application.accessToken(sourcing.tokens(sourcing.code(parentSignIn), b));
        assertThat(token.get("sub").asText()).isEqualTo(parent);
        assertThat(token.get("connected_accounts").findValuesAsText("id")).containsExactly(child);
        assertThat(token.at("/resource_access/northwind-sourcing/roles").toString()).contains("\"" + role + "\"");
    }

    @Test
    @DisplayName("a child disconnected on node A leaves the parent's next refreshed token from node B, though node B had the parent's children cached")
    void disconnectOnALeavesTheParentsTokenOnB() {
        String parent = admin.createUser("parent", "rex");
        String first = admin.createUser("first", "rex");
        String second = admin.createUser("second", "rex");
        String firstRole = admin.username("buyer");
        String secondRole = admin.username("viewer");
        grantSourcingRole(first, firstRole);
        grantSourcingRole(second, secondRole);
        Application sourcing = Application.sourcing();
        admin.connect(parent, first).expect(201);
        admin.connect(parent, second).expect(201);
        Page signIn = SignIn.withPassword(new Browser(), sourcing, admin.username("parent"), b, b);
        HttpJson tokens = sourcing.tokens(sourcing.code(signIn), b).expect(200);
        assertThat(Application.accessToken(tokens).get("connected_accounts").findValuesAsText("id")).containsExactly(first, second);

        // One child stays, so the parent's mirrored attribute still names a child and node B
        // must read the children again rather than skip them.
        admin.disconnect(parent, first).expect(204);

        HttpJson refreshed = HttpJson.postForm(b.realmUrl() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "refresh_token", "client_id", "northwind-sourcing",
                "refresh_token", tokens.json().get("refresh_token").asText()), null).expect(200);
        JsonNode token = Application.accessToken(refreshed);
        assertThat(token.get("connected_accounts").findValuesAsText("id")).containsExactly(second);
        assertThat(token.at("/resource_access/northwind-sourcing/roles").toString())
                .contains("\"" + secondRole + "\"").doesNotContain("\"" + firstRole + "\"");
    }
}
