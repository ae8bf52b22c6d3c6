package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

/** Plain HTTP client of {@code /realms/{realm}/mag-invitations}, with the inviter's own access token. */
public final class InvitationsApi {

    /**
     * The client a partner's automation uses: direct grants, and the realm's mag-invitations client
     * scope, which puts the API's audience into its tokens.
     */
    static final String AUTOMATION_CLIENT = "partner-automation";
    static final String AUDIENCE_SCOPE = "mag-invitations";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ManagedRealm realm;
    private final String base;

    public InvitationsApi(ManagedRealm realm) {
        this.realm = realm;
        this.base = realm.getBaseUrl() + "/mag-invitations";
    }

    /** An access token of the user for this API (from {@value #AUTOMATION_CLIENT}, created on first use). */
    public String token(String username, String password) {
        ensureAutomationClient();
        return ConnectionsApi.passwordGrant(realm, AUTOMATION_CLIENT, username, password);
    }

    private void ensureAutomationClient() {
        if (!realm.admin().clients().findByClientId(AUTOMATION_CLIENT).isEmpty()) {
            return;
        }
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(AUTOMATION_CLIENT);
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        client.setStandardFlowEnabled(false);
        String id;
        try (Response created = realm.admin().clients().create(client)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        String scopeId = realm.admin().clientScopes().findAll().stream()
                .filter(scope -> AUDIENCE_SCOPE.equals(scope.getName()))
                .map(ClientScopeRepresentation::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no client scope " + AUDIENCE_SCOPE + " in the realm"));
        realm.admin().clients().get(id).addDefaultClientScope(scopeId);
    }

    public String url(String path) {
        return path.isEmpty() || path.startsWith("?") ? base + path : base + "/" + path;
    }

    public HttpResponse<String> get(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url(path))), token).GET());
    }

    public HttpResponse<String> post(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url(path))), token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> delete(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url(path))), token).DELETE());
    }

    public HttpResponse<String> create(String companyName, String email, List<String> clientIds, String token) {
        try {
            String body = JsonSerialization.writeValueAsString(Map.of("companyName", companyName, "contactEmail", email, "clientIds", clientIds));
            return createRaw(body, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> createRaw(String json, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url(""))), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> searchOrganizations(String query, String token) {
        return get("organizations?search=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        request.header("Accept", "application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
