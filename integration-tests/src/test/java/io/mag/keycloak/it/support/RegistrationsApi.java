package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.keycloak.testframework.realm.ManagedRealm;

/** Plain HTTP client of {@code /admin/realms/{realm}/mag-registrations}. */
public final class RegistrationsApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    RegistrationsApi(ManagedRealm realm, String token) {
        this.base = realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/mag-registrations";
        this.token = token;
    }

    public static RegistrationsApi asOperator(ManagedRealm realm) {
        return new RegistrationsApi(realm, new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR)));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> approve(String id) {
        return send(request(id + "/approve").POST(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> reject(String id, String reasonJson) {
        return send(request(id + "/reject").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(reasonJson)));
    }

    public JsonNode registration(String id) {
        return ConnectionsApi.json(get(id));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.isEmpty() || path.startsWith("?") ? base + path : base + "/" + path))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
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
