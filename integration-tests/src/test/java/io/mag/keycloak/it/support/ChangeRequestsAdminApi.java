package io.mag.keycloak.it.support;

import java.net.http.HttpResponse;
import java.util.Map;

import org.keycloak.testframework.realm.ManagedRealm;

import com.fasterxml.jackson.databind.JsonNode;

/** Client of {@code /admin/realms/{realm}/mag-change-requests}, with the one token it was made with. */
public final class ChangeRequestsAdminApi extends RestApiClient {

    private final String token;

    private ChangeRequestsAdminApi(ManagedRealm realm, String token) {
        super(adminResource(realm, "mag-change-requests"));
        this.token = token;
    }

    public static ChangeRequestsAdminApi asOperator(ManagedRealm realm) {
        return as(realm, DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
    }

    public static ChangeRequestsAdminApi as(ManagedRealm realm, String username, String password) {
        return new ChangeRequestsAdminApi(realm, adminToken(realm, username, password));
    }

    public JsonNode request(String id) {
        return expect(200, get(id, token));
    }

    public HttpResponse<String> approve(String id) {
        return post(id + "/approve", token);
    }

    public HttpResponse<String> reject(String id, String reason) {
        return request(id + "/reject", token).post(reason == null ? Map.of() : Map.of("reason", reason));
    }
}
