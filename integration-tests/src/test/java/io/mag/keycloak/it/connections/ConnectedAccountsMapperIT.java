package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.TokenVerifier;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.common.VerificationException;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The {@code mag-connected-accounts-mapper}, enabled for every client by the realm file's default
 * client scope: a parent's token for a client carries its children's roles of that client.
 * The client is the framework's {@code test-app}, created through the admin API after the realm,
 * so it receives the realm's default client scopes as any new application would.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ConnectedAccountsMapperIT {

    private static final String CLAIM = "connected_accounts";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectOAuthClient
    OAuthClient oauth;

    private TestUsers accounts;
    private ConnectionsApi api;
    private String operatorToken;
    private String clientUuid;
    private String clientId;

    @BeforeEach
    void setUp() {
        accounts = new TestUsers(realm);
        api = new ConnectionsApi(realm);
        operatorToken = api.token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        clientUuid = oauth.clientResource().toRepresentation().getId();
        clientId = oauth.clientResource().toRepresentation().getClientId();
    }

    @Test
    void parentTokenCarriesChildRolesGrantedDirectlyThroughGroupsAndComposites() throws Exception {
        String parent = accounts.create("parent", "dana");
        String direct = accounts.create("direct", "dana");
        String viaGroup = accounts.create("group", "dana");
        String viaComposite = accounts.create("composite", "dana");
        String withoutRole = accounts.create("norole", "dana");

        String viewer = clientRole("viewer");
        String buyer = clientRole("buyer");
        String auditor = clientRole("auditor");
        realm.admin().users().get(direct).roles().clientLevel(clientUuid).add(List.of(role(viewer)));
        realm.admin().users().get(viaGroup).joinGroup(groupWith(buyer));
        realm.admin().users().get(viaComposite).roles().realmLevel().add(List.of(compositeRealmRoleWith(auditor)));
        joinPartnerOrganization(direct);

        AccessToken unconnected = accessToken(passwordGrant(parent));
        assertThat(clientRoles(unconnected)).doesNotContain(viewer, buyer, auditor);
        assertThat(unconnected.getOtherClaims()).doesNotContainKey(CLAIM);

        for (String child : List.of(direct, viaGroup, viaComposite, withoutRole)) {
            assertThat(api.connect(parent, child, operatorToken).statusCode()).as("connect %s", child).isEqualTo(201);
        }

        AccessTokenResponse tokens = passwordGrant(parent);
        AccessToken token = accessToken(tokens);
        assertThat(clientRoles(token)).contains(viewer, buyer, auditor);

        List<Map<String, Object>> connected = claim(token.getOtherClaims());
        assertThat(connected).extracting(entry -> entry.get("id"))
                .as("children whose roles the token carries; not the child without a role")
                .containsExactlyInAnyOrder(direct, viaGroup, viaComposite);
        assertThat(entry(connected, direct))
                .containsEntry("username", accounts.username("direct"))
                .containsEntry("organization", "northwind-aerospace");
        assertThat(entry(connected, viaGroup))
                .containsEntry("username", accounts.username("group"))
                .containsEntry("organization", null);

        IDToken idToken = TokenVerifier.create(tokens.getIdToken(), IDToken.class).getToken();
        assertThat(claim(idToken.getOtherClaims())).extracting(entry -> entry.get("id"))
                .containsExactlyInAnyOrder(direct, viaGroup, viaComposite);
        assertThat(idToken.getOtherClaims()).as("roles merge into the access token only").doesNotContainKey("resource_access");

        JsonNode introspection = oauth.doIntrospectionAccessTokenRequest(tokens.getAccessToken()).asJsonNode();
        assertThat(introspection.path("active").asBoolean()).isTrue();
        assertThat(introspection.path("resource_access").path(clientId).path("roles").toString())
                .contains(viewer, buyer, auditor);
        assertThat(introspection.path(CLAIM).size()).isEqualTo(3);
    }

    @Test
    @DisplayName("the ID token also lists the connected accounts' usernames as a flat array of strings, as a stock OIDC library reads its JSON, under a configurable name")
    void flatClaimOfUsernamesForStockRelyingParties() throws Exception {
        String parent = accounts.create("parent", "hal");
        String first = accounts.create("first", "hal");
        String second = accounts.create("second", "hal");
        realm.admin().users().get(first).roles().clientLevel(clientUuid).add(List.of(role(clientRole("viewer"))));
        realm.admin().users().get(second).roles().clientLevel(clientUuid).add(List.of(role(clientRole("buyer"))));
        assertThat(api.connect(parent, first, operatorToken).statusCode()).isEqualTo(201);
        assertThat(api.connect(parent, second, operatorToken).statusCode()).isEqualTo(201);

        // A relying party's library decodes the JWT payload as plain JSON (no Keycloak classes).
        JsonNode idToken = payload(passwordGrant(parent).getIdToken());
        JsonNode flat = idToken.path("connected_usernames");
        assertThat(flat.isArray()).as("connected_usernames in %s", idToken).isTrue();
        List<String> usernames = new java.util.ArrayList<>();
        flat.forEach(element -> {
            assertThat(element.isTextual()).as("every element a string: %s", flat).isTrue();
            usernames.add(element.asText());
        });
        assertThat(usernames).containsExactlyInAnyOrder(accounts.username("first"), accounts.username("second"));
        assertThat(idToken.path(CLAIM).size()).as("the objects stay").isEqualTo(2);

        ProtocolMapperRepresentation mapper = connectedAccountsMapper();
        String original = mapper.getConfig().get("flat.claim.name");
        mapper.getConfig().put("flat.claim.name", "partner_accounts");
        connectedAccountsScope().getProtocolMappers().update(mapper.getId(), mapper);
        realm.cleanup().add(r -> {
            mapper.getConfig().put("flat.claim.name", original);
            connectedAccountsScope().getProtocolMappers().update(mapper.getId(), mapper);
        });
        JsonNode renamed = payload(passwordGrant(parent).getIdToken());
        assertThat(renamed.path("partner_accounts").size()).isEqualTo(2);
        assertThat(renamed.has("connected_usernames")).isFalse();
    }

    private static JsonNode payload(String jwt) throws java.io.IOException {
        String[] parts = jwt.split("\\.");
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
    }

    private org.keycloak.admin.client.resource.ClientScopeResource connectedAccountsScope() {
        String id = realm.admin().clientScopes().findAll().stream()
                .filter(scope -> "mag-connected-accounts".equals(scope.getName())).findFirst().orElseThrow().getId();
        return realm.admin().clientScopes().get(id);
    }

    private ProtocolMapperRepresentation connectedAccountsMapper() {
        return connectedAccountsScope().getProtocolMappers().getMappers().stream()
                .filter(m -> "mag-connected-accounts-mapper".equals(m.getProtocolMapper())).findFirst().orElseThrow();
    }

    @Test
    void refreshedTokenLosesTheRolesOfADisconnectedChild() throws Exception {
        String parent = accounts.create("parent", "eli");
        String first = accounts.create("first", "eli");
        String second = accounts.create("second", "eli");
        String viewer = clientRole("viewer");
        String buyer = clientRole("buyer");
        realm.admin().users().get(first).roles().clientLevel(clientUuid).add(List.of(role(viewer)));
        realm.admin().users().get(second).roles().clientLevel(clientUuid).add(List.of(role(buyer)));
        assertThat(api.connect(parent, first, operatorToken).statusCode()).isEqualTo(201);
        assertThat(api.connect(parent, second, operatorToken).statusCode()).isEqualTo(201);

        AccessTokenResponse tokens = passwordGrant(parent);
        assertThat(clientRoles(accessToken(tokens))).contains(viewer, buyer);

        assertThat(api.disconnect(parent, first, operatorToken).statusCode()).isEqualTo(204);
        tokens = refresh(tokens);
        AccessToken afterOne = accessToken(tokens);
        assertThat(clientRoles(afterOne)).contains(buyer).doesNotContain(viewer);
        assertThat(claim(afterOne.getOtherClaims())).extracting(entry -> entry.get("id")).containsExactly(second);

        assertThat(api.disconnect(parent, second, operatorToken).statusCode()).isEqualTo(204);
        AccessToken afterBoth = accessToken(refresh(tokens));
        assertThat(clientRoles(afterBoth)).doesNotContain(viewer, buyer);
        assertThat(afterBoth.getOtherClaims()).doesNotContainKey(CLAIM);
    }

    @Test
    @DisplayName("a child connected after the parent's first token is in the next refreshed token, after the earlier child")
    void refreshedTokenGainsAChildConnectedSinceTheLastToken() throws Exception {
        String parent = accounts.create("parent", "hal");
        String first = accounts.create("first", "hal");
        String second = accounts.create("second", "hal");
        String viewer = clientRole("viewer");
        String buyer = clientRole("buyer");
        realm.admin().users().get(first).roles().clientLevel(clientUuid).add(List.of(role(viewer)));
        realm.admin().users().get(second).roles().clientLevel(clientUuid).add(List.of(role(buyer)));
        assertThat(api.connect(parent, first, operatorToken).statusCode()).isEqualTo(201);
        AccessTokenResponse tokens = passwordGrant(parent);
        AccessToken before = accessToken(tokens);
        assertThat(clientRoles(before)).contains(viewer).doesNotContain(buyer);
        assertThat(accessToken(refresh(tokens)).getOtherClaims()).as("the same list again").containsKey(CLAIM);

        assertThat(api.connect(parent, second, operatorToken).statusCode()).isEqualTo(201);
        AccessToken after = accessToken(refresh(tokens));

        assertThat(clientRoles(after)).contains(viewer, buyer);
        assertThat(claim(after.getOtherClaims())).extracting(entry -> entry.get("id")).containsExactly(first, second);
    }

    @Test
    @DisplayName("a deleted child leaves the parent's next refreshed token")
    void refreshedTokenLosesADeletedChild() throws Exception {
        String parent = accounts.create("parent", "ivy");
        String child = accounts.create("child", "ivy");
        String viewer = clientRole("viewer");
        realm.admin().users().get(child).roles().clientLevel(clientUuid).add(List.of(role(viewer)));
        assertThat(api.connect(parent, child, operatorToken).statusCode()).isEqualTo(201);
        AccessTokenResponse tokens = passwordGrant(parent);
        assertThat(clientRoles(accessToken(tokens))).contains(viewer);

        try (Response deleted = realm.admin().users().delete(child)) {
            assertThat(deleted.getStatus()).isEqualTo(204);
        }
        AccessToken refreshed = accessToken(refresh(tokens));

        assertThat(clientRoles(refreshed)).doesNotContain(viewer);
        assertThat(refreshed.getOtherClaims()).doesNotContainKey(CLAIM);
    }

    @Test
    void childWithoutARoleOfTheClientIsNotListedAndItsOtherRolesStayOut() throws Exception {
        String parent = accounts.create("parent", "fay");
        String child = accounts.create("child", "fay");
        String otherClient = realm.admin().clients().findByClientId("northwind-sourcing").get(0).getId();
        String otherRole = accounts.username("sourcing-user");
        RoleRepresentation rep = new RoleRepresentation();
        rep.setName(otherRole);
        realm.admin().clients().get(otherClient).roles().create(rep);
        realm.admin().users().get(child).roles().clientLevel(otherClient)
                .add(List.of(realm.admin().clients().get(otherClient).roles().get(otherRole).toRepresentation()));
        assertThat(api.connect(parent, child, operatorToken).statusCode()).isEqualTo(201);

        AccessToken token = accessToken(passwordGrant(parent));

        assertThat(token.getOtherClaims()).doesNotContainKey(CLAIM);
        assertThat(clientRoles(token)).doesNotContain(otherRole);
        assertThat(token.getResourceAccess("northwind-sourcing")).as("roles of other clients are not merged").isNull();
    }

    @Test
    void disabledChildNoLongerLendsItsRoles() throws Exception {
        String parent = accounts.create("parent", "gus");
        String child = accounts.create("child", "gus");
        String viewer = clientRole("viewer");
        realm.admin().users().get(child).roles().clientLevel(clientUuid).add(List.of(role(viewer)));
        assertThat(api.connect(parent, child, operatorToken).statusCode()).isEqualTo(201);
        AccessTokenResponse tokens = passwordGrant(parent);
        assertThat(clientRoles(accessToken(tokens))).contains(viewer);

        UserRepresentation disabled = realm.admin().users().get(child).toRepresentation();
        disabled.setEnabled(false);
        realm.admin().users().get(child).update(disabled);

        AccessToken refreshed = accessToken(refresh(tokens));
        assertThat(clientRoles(refreshed)).doesNotContain(viewer);
        assertThat(refreshed.getOtherClaims()).doesNotContainKey(CLAIM);
    }

    private AccessTokenResponse passwordGrant(String userId) {
        String username = realm.admin().users().get(userId).toRepresentation().getUsername();
        AccessTokenResponse response = oauth.doPasswordGrantRequest(username, TestUsers.PASSWORD);
        assertThat(response.isSuccess()).as("password grant: %s", response.getErrorDescription()).isTrue();
        return response;
    }

    private AccessTokenResponse refresh(AccessTokenResponse tokens) {
        AccessTokenResponse response = oauth.doRefreshTokenRequest(tokens.getRefreshToken());
        assertThat(response.isSuccess()).as("refresh: %s", response.getErrorDescription()).isTrue();
        return response;
    }

    private static AccessToken accessToken(AccessTokenResponse response) throws VerificationException {
        return TokenVerifier.create(response.getAccessToken(), AccessToken.class).getToken();
    }

    private Set<String> clientRoles(AccessToken token) {
        AccessToken.Access access = token.getResourceAccess(clientId);
        return access == null || access.getRoles() == null ? Set.of() : access.getRoles();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> claim(Map<String, Object> claims) {
        Object value = claims.get(CLAIM);
        assertThat(value).as(CLAIM).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> entry(List<Map<String, Object>> connected, String id) {
        return connected.stream().filter(e -> id.equals(e.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + id + " in " + connected));
    }

    /** A client role of test-app with a name of this test's own. */
    private String clientRole(String name) {
        RoleRepresentation rep = new RoleRepresentation();
        rep.setName(accounts.username(name));
        oauth.clientResource().roles().create(rep);
        return rep.getName();
    }

    private RoleRepresentation role(String name) {
        return oauth.clientResource().roles().get(name).toRepresentation();
    }

    private String groupWith(String clientRoleName) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(accounts.username("group-" + clientRoleName));
        String groupId;
        try (Response response = realm.admin().groups().add(group)) {
            groupId = CreatedResponseUtil.getCreatedId(response);
        }
        realm.admin().groups().group(groupId).roles().clientLevel(clientUuid).add(List.of(role(clientRoleName)));
        return groupId;
    }

    private RoleRepresentation compositeRealmRoleWith(String clientRoleName) {
        RoleRepresentation composite = new RoleRepresentation();
        composite.setName(accounts.username("composite-" + clientRoleName));
        realm.admin().roles().create(composite);
        realm.admin().roles().get(composite.getName()).addComposites(List.of(role(clientRoleName)));
        return realm.admin().roles().get(composite.getName()).toRepresentation();
    }

    private void joinPartnerOrganization(String userId) {
        String organizationId = realm.admin().organizations().search("Northwind Aerospace", true, 0, 10).get(0).getId();
        try (Response response = realm.admin().organizations().get(organizationId).members().addMember(userId)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
    }
}
