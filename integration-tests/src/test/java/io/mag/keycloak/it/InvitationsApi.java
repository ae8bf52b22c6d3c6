package io.mag.keycloak.it;

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

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

/** Plain HTTP client of {@code /realms/{realm}/mag-invitations}, with the inviter's own access token. */
final class InvitationsApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    InvitationsApi(ManagedRealm realm) {
        this.base = realm.getBaseUrl() + "/mag-invitations";
    }

    String url(String path) {
        return path.isEmpty() || path.startsWith("?") ? base + path : base + "/" + path;
    }

    HttpResponse<String> get(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url(path))), token).GET());
    }

    HttpResponse<String> post(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url(path))), token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> delete(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url(path))), token).DELETE());
    }

    HttpResponse<String> create(String companyName, String email, List<String> clientIds, String token) {
        try {
            String body = JsonSerialization.writeValueAsString(Map.of("companyName", companyName, "contactEmail", email, "clientIds", clientIds));
            return createRaw(body, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> createRaw(String json, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(url(""))), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> searchOrganizations(String query, String token) {
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
