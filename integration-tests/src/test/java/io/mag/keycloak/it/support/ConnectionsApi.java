package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

/**
 * Plain HTTP client of {@code /admin/realms/{realm}/mag-account-connections}, and of the realm's
 * token endpoint for the admin tokens it needs: the admin client library knows nothing of our API,
 * and plain requests also let the tests send no token at all.
 */
public final class ConnectionsApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ManagedRealm realm;
    private final String base;

    public ConnectionsApi(ManagedRealm realm) {
        this.realm = realm;
        this.base = realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/mag-account-connections";
    }

    public String url(String path) {
        return path.isEmpty() || path.startsWith("?") ? base + path : base + "/" + path;
    }

    /**
     * An admin-API token of a user of the realm, by password grant at the realm's built-in
     * {@code admin-cli} client (as {@code kcadm.sh} gets one).
     */
    public String token(String username, String password) {
        return passwordGrant(realm, "admin-cli", username, password);
    }

    /** An access token of the user from a password grant at {@code clientId} (a public client with direct grants). */
    public static String passwordGrant(ManagedRealm realm, String clientId, String username, String password) {
        String form = form(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new AssertionError("no token for " + username + " at " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return json(response).get("access_token").asText();
    }

    public HttpResponse<String> get(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url(path))), token).GET());
    }

    public HttpResponse<String> connect(String parentId, String childId, String token) {
        String body = "{\"childId\":\"" + childId + "\"}";
        return send(authorized(HttpRequest.newBuilder(URI.create(url("users/" + parentId + "/children"))), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> disconnect(String parentId, String childId, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url("users/" + parentId + "/children/" + childId))), token).DELETE());
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JsonSerialization.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
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

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
