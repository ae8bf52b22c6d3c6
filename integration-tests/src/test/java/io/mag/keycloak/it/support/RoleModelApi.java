package io.mag.keycloak.it.support;

import java.net.http.HttpResponse;

import org.keycloak.testframework.realm.ManagedRealm;

/** Client of {@code /admin/realms/{realm}/mag-role-model}, with the token it was made with. */
public final class RoleModelApi extends RestApiClient {

    private final String token;

    public RoleModelApi(ManagedRealm realm, String token) {
        super(adminResource(realm, "mag-role-model"));
        this.token = token;
    }

    public static RoleModelApi asOperator(ManagedRealm realm) {
        return new RoleModelApi(realm, adminToken(realm, DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR)));
    }

    public HttpResponse<String> migrate() {
        return post("migrate", token);
    }
}
