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
 * Base of the tests' plain HTTP clients of our REST APIs: one HTTP client, the caller's bearer
 * token on each request (none at all when the test passes {@code null}), request bodies written
 * and responses read as JSON through Jackson. Plain requests rather than the admin client
 * library, which knows nothing of our APIs and always sends a token. Responses come back as they
 * are, for the tests to assert on; only the helpers that need a result to go on fail on an
 * unexpected status.
 */
public abstract class RestApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    /** @param base the API's root URL, without a trailing slash */
    protected RestApiClient(String base) {
        this.base = base;
    }

    /** The root of one of our admin REST resources of the realm: {@code /admin/realms/{realm}/{resource}}. */
    protected static String adminResource(ManagedRealm realm, String resource) {
        return realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/" + resource;
    }

    /** The API's URL of {@code path}: below the root, or the root with a query ({@code ?...}) or itself (empty). */
    public final String url(String path) {
        return path.isEmpty() || path.startsWith("?") ? base + path : base + "/" + path;
    }

    public HttpResponse<String> get(String path, String token) {
        return request(path, token).get();
    }

    public HttpResponse<String> post(String path, String token) {
        return request(path, token).post();
    }

    public HttpResponse<String> delete(String path, String token) {
        return request(path, token).delete();
    }

    /** A request to {@code path} that accepts JSON and carries the bearer token, if any. */
    protected final Request request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json");
        return new Request(token == null ? builder : builder.header("Authorization", "Bearer " + token));
    }

    /** A request waiting for its method and body; each method sends it and returns the response as it is. */
    protected static final class Request {

        private final HttpRequest.Builder builder;

        private Request(HttpRequest.Builder builder) {
            this.builder = builder;
        }

        public HttpResponse<String> get() {
            return send(builder.GET());
        }

        public HttpResponse<String> post() {
            return send(builder.POST(HttpRequest.BodyPublishers.noBody()));
        }

        /** POST of the body written as JSON (null fields left out). */
        public HttpResponse<String> post(Object body) {
            return postJson(toJson(body));
        }

        /** POST of a JSON text as it is: for the tests of what the API does with malformed bodies. */
        public HttpResponse<String> postJson(String json) {
            return send(builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** PUT of the body written as JSON (null fields left out). */
        public HttpResponse<String> put(Object body) {
            return send(builder.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
        }

        public HttpResponse<String> delete() {
            return send(builder.DELETE());
        }
    }

    /** The response body as JSON; a body that is not JSON fails the test with the status and body. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JsonSerialization.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The response body as JSON when the status is the expected one; otherwise the test fails with status and body. */
    public static JsonNode expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " from " + response.request().method() + " "
                    + response.uri() + ", got " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    /**
     * An access token of the user from a password grant at {@code clientId} (a public client with
     * direct grants); fails the test when the realm refuses.
     */
    public static String passwordGrant(ManagedRealm realm, String clientId, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)
                .entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new AssertionError("no token for " + username + " at " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return json(response).get("access_token").asText();
    }

    /**
     * An admin-API token of a user of the realm, by password grant at the realm's built-in
     * {@code admin-cli} client (as {@code kcadm.sh} gets one).
     */
    public static String adminToken(ManagedRealm realm, String username, String password) {
        return passwordGrant(realm, "admin-cli", username, password);
    }

    private static String toJson(Object body) {
        try {
            return JsonSerialization.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
