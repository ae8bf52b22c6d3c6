package io.mag.keycloak.it.support;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.keycloak.testframework.realm.ManagedRealm;

/** Client of {@code /admin/realms/{realm}/mag-registrations}, always with the one token it was made with. */
public final class RegistrationsApi extends RestApiClient {

    private final String token;

    RegistrationsApi(ManagedRealm realm, String token) {
        super(adminResource(realm, "mag-registrations"));
        this.token = token;
    }

    public static RegistrationsApi asOperator(ManagedRealm realm) {
        return new RegistrationsApi(realm, adminToken(realm, DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR)));
    }

    public HttpResponse<String> get(String path) {
        return get(path, token);
    }

    public HttpResponse<String> approve(String id) {
        return post(id + "/approve", token);
    }

    /**
     * Rejects the registration with the reason's text (written into the JSON body here); a null
     * reason sends an empty body ({@code {}}).
     */
    public HttpResponse<String> reject(String id, String reason) {
        if (reason != null && reason.startsWith("{")) {
            // This method once took the JSON body itself; such a call would now send the JSON as the reason.
            throw new IllegalArgumentException("reject takes the reason's text, not a JSON body: " + reason);
        }
        return request(id + "/reject", token).post(new Rejection(reason));
    }

    public JsonNode registration(String id) {
        return json(get(id));
    }

    /** The body of a reject request. */
    private record Rejection(String reason) {
    }
}
