package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.TestUsers;

/**
 * What the realm file adds for account connections (the {@code mag-connected-accounts} default
 * client scope and three user-profile attributes) and what it must not take away. A realm import
 * that lists client scopes gets none of Keycloak's built-in ones unless it asks for them
 * (RealmManager#importRealm, realm attribute {@code CreateDefaultClientScopes}), so the mag realm
 * is compared with a realm created with Keycloak's defaults.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ConnectedAccountsRealmConfigIT {

    private static final String SCOPE = "mag-connected-accounts";
    private static final String OIDC = "openid-connect";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    /** A realm with nothing but Keycloak's defaults, to compare with. */
    @InjectRealm(ref = "plain")
    ManagedRealm plain;

    @Test
    void everyBuiltInClientScopeIsStillThere() {
        Set<String> builtIn = names(plain.admin().clientScopes().findAll());
        Set<String> mag = names(realm.admin().clientScopes().findAll());

        assertThat(builtIn).contains("profile", "email", "roles", "web-origins", "acr", "basic", "offline_access");
        assertThat(mag).containsAll(builtIn).contains(SCOPE);
    }

    @Test
    void realmDefaultScopesAreKeycloaksPlusConnectedAccounts() {
        assertThat(names(realm.admin().getDefaultDefaultClientScopes()))
                .containsAll(names(plain.admin().getDefaultDefaultClientScopes()))
                .contains(SCOPE);
        assertThat(names(realm.admin().getDefaultOptionalClientScopes()))
                .containsAll(names(plain.admin().getDefaultOptionalClientScopes()))
                .doesNotContain(SCOPE);
    }

    @Test
    void everyClientHasKeycloaksDefaultScopesAndTheFilesClientsAlsoConnectedAccounts() {
        Set<String> oidcDefaults = oidcNames(plain.admin().getDefaultDefaultClientScopes());
        Set<String> oidcOptional = oidcNames(plain.admin().getDefaultOptionalClientScopes());
        assertThat(oidcDefaults).contains("profile", "email", "roles", "web-origins", "acr", "basic");

        List<ClientRepresentation> clients = realm.admin().clients().findAll().stream()
                .filter(client -> client.getProtocol() == null || OIDC.equals(client.getProtocol()))
                .toList();
        assertThat(clients).extracting(ClientRepresentation::getClientId)
                .contains("account-console", "admin-cli", "northwind-supplier-portal", "northwind-sourcing");
        for (ClientRepresentation client : clients) {
            assertThat(defaultScopes(realm.admin(), client.getId())).as("default scopes of %s", client.getClientId())
                    .containsAll(oidcDefaults);
            assertThat(names(realm.admin().clients().get(client.getId()).getOptionalClientScopes()))
                    .as("optional scopes of %s", client.getClientId())
                    .containsAll(oidcOptional);
        }
        assertThat(defaultScopes(realm.admin(), clientUuid("northwind-supplier-portal"))).contains(SCOPE);
        assertThat(defaultScopes(realm.admin(), clientUuid("northwind-sourcing"))).contains(SCOPE);

        ClientRepresentation added = new ClientRepresentation();
        added.setClientId("added-later-" + System.nanoTime());
        added.setProtocol(OIDC);
        String addedId;
        try (Response response = realm.admin().clients().create(added)) {
            addedId = CreatedResponseUtil.getCreatedId(response);
        }
        try {
            assertThat(defaultScopes(realm.admin(), addedId)).as("a client created later").containsAll(oidcDefaults).contains(SCOPE);
        } finally {
            realm.admin().clients().get(addedId).remove();
        }
    }

    @Test
    void connectedAccountsScopeHoldsTheMapperAndStaysOutOfTheScopeClaim() {
        ClientScopeRepresentation scope = realm.admin().clientScopes().findAll().stream()
                .filter(s -> SCOPE.equals(s.getName()))
                .findFirst()
                .orElseThrow();

        assertThat(scope.getProtocol()).isEqualTo(OIDC);
        assertThat(scope.getAttributes()).containsEntry("include.in.token.scope", "false");
        assertThat(scope.getProtocolMappers()).extracting(ProtocolMapperRepresentation::getProtocolMapper)
                .containsExactly("mag-connected-accounts-mapper");
        assertThat(scope.getProtocolMappers().get(0).getConfig())
                .containsEntry("access.token.claim", "true")
                .containsEntry("id.token.claim", "true")
                .containsEntry("userinfo.token.claim", "false");
    }

    @Test
    void userProfileKeepsKeycloaksDefaultAttributesAndDeclaresTheConnectionAttributes() throws IOException {
        Map<String, UPAttribute> mag = attributes(realm.admin().users().userProfile().getConfiguration());
        Map<String, UPAttribute> keycloak = attributes(plain.admin().users().userProfile().getConfiguration());

        for (String name : List.of("username", "email", "firstName", "lastName")) {
            assertThat(json(mag.get(name))).as(name).isEqualTo(json(keycloak.get(name)));
        }

        UPAttribute attestation = mag.get("usPersonAttestation");
        assertThat(attestation.getPermissions().getView()).containsExactly("admin");
        assertThat(attestation.getPermissions().getEdit()).containsExactly("admin");
        assertThat(attestation.getDisplayName()).isEqualTo("${magProfileUsPersonAttestation}");
        // The admin console resolves ${...} display names from the realm's localization texts.
        assertThat(realm.admin().localization().getRealmLocalizationTexts("en"))
                .containsEntry("magProfileUsPersonAttestation", "US Person attestation (notarized)")
                .containsKeys("magProfileConnectedParent", "magProfileConnectedChildren");

        UPAttribute parent = mag.get("magConnectedParent");
        assertThat(parent.getPermissions().getView()).containsExactly("admin");
        assertThat(parent.getPermissions().getEdit()).isEmpty();
        assertThat(parent.isMultivalued()).isFalse();

        UPAttribute children = mag.get("magConnectedChildren");
        assertThat(children.getPermissions().getView()).containsExactly("admin");
        assertThat(children.getPermissions().getEdit()).isEmpty();
        assertThat(children.isMultivalued()).isTrue();
    }

    @Test
    void onlyAdminsSeeAndEditTheUsPersonAttestationAndNobodyEditsTheConnectionAttributes() throws Exception {
        TestUsers accounts = new TestUsers(realm);
        String userId = accounts.create("attested", "rae");
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.singleAttribute("usPersonAttestation", "true");
        realm.admin().users().get(userId).update(user);
        assertThat(realm.admin().users().get(userId).toRepresentation().getAttributes())
                .as("admins edit and view it").containsEntry("usPersonAttestation", List.of("true"));

        String userToken = new ConnectionsApi(realm).token(accounts.username("attested"), TestUsers.PASSWORD);
        HttpResponse<String> own = HTTP.send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/account"))
                .header("Authorization", "Bearer " + userToken)
                .header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonNode profile = JsonSerialization.readValue(own.body(), JsonNode.class);
        assertThat(profile.path("username").asText()).isEqualTo(accounts.username("attested"));
        assertThat(profile.path("attributes").has("usPersonAttestation")).as("the user does not see it").isFalse();

        ((ObjectNode) profile)
                .putObject("attributes").putArray("usPersonAttestation").add("false");
        HTTP.send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/account"))
                .header("Authorization", "Bearer " + userToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(profile.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(realm.admin().users().get(userId).toRepresentation().getAttributes())
                .as("the user cannot change it").containsEntry("usPersonAttestation", List.of("true"));

        UserRepresentation forged = realm.admin().users().get(userId).toRepresentation();
        forged.singleAttribute("magConnectedParent", "someone");
        try {
            realm.admin().users().get(userId).update(forged);
        } catch (BadRequestException expected) {
            // Keycloak refuses a change to a read-only attribute; ignoring it is as good.
        }
        assertThat(realm.admin().users().get(userId).toRepresentation().getAttributes())
                .as("admins cannot write the mirrored connection attributes").doesNotContainKey("magConnectedParent");
    }

    private String clientUuid(String clientId) {
        return realm.admin().clients().findByClientId(clientId).get(0).getId();
    }

    private static Set<String> defaultScopes(RealmResource realm, String clientUuid) {
        return names(realm.clients().get(clientUuid).getDefaultClientScopes());
    }

    private static Set<String> names(List<ClientScopeRepresentation> scopes) {
        return scopes.stream().map(ClientScopeRepresentation::getName).collect(Collectors.toSet());
    }

    private static Set<String> oidcNames(List<ClientScopeRepresentation> scopes) {
        return scopes.stream()
                .filter(scope -> OIDC.equals(scope.getProtocol()))
                .map(ClientScopeRepresentation::getName)
                .collect(Collectors.toSet());
    }

    private static Map<String, UPAttribute> attributes(UPConfig config) {
        return config.getAttributes().stream().collect(Collectors.toMap(UPAttribute::getName, Function.identity()));
    }

    private static JsonNode json(Object value) throws IOException {
        return JsonSerialization.readValue(JsonSerialization.writeValueAsString(value), JsonNode.class);
    }
}
