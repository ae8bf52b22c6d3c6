package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.keycloak.testframework.realm.ManagedRealm;

/** Plain HTTP client of {@code /admin/realms/{realm}/mag-otp-subscriptions} (tokens: {@link ConnectionsApi#token}). */
public final class OtpSubscriptionsApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    public OtpSubscriptionsApi(ManagedRealm realm) {
        this.base = realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/mag-otp-subscriptions";
    }

    public String url(String path) {
        return base + "/" + path;
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    public HttpResponse<String> post(String path, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> put(String path, String json, String token) {
        return send(request(path, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The only OTP subscription of the user. */
    public JsonNode only(String userId, String token) {
        HttpResponse<String> response = get("users/" + userId, token);
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        JsonNode list = ConnectionsApi.json(response);
        if (list.size() != 1) {
            throw new AssertionError("expected one OTP subscription: " + response.body());
        }
        return list.get(0);
    }

    public HttpResponse<String> setDates(String userId, String credentialId, String activatedAt, String expiresAt, String token) {
        return put("users/" + userId + "/credentials/" + credentialId,
                "{\"activatedAt\":\"" + activatedAt + "\",\"expiresAt\":\"" + expiresAt + "\"}", token);
    }

    /** Issues a license key for the user and returns it. */
    public String issueKey(String userId, String token) {
        HttpResponse<String> response = post("users/" + userId + "/license-keys", token);
        if (response.statusCode() != 201) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return ConnectionsApi.json(response).path("key").asText();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json");
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
