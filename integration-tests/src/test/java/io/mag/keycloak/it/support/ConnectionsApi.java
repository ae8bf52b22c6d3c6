package io.mag.keycloak.it.support;

import java.net.http.HttpResponse;

import org.keycloak.testframework.realm.ManagedRealm;

/** Client of {@code /admin/realms/{realm}/mag-account-connections}, with admin tokens of the realm's users. */
public final class ConnectionsApi extends RestApiClient {

    private final ManagedRealm realm;

    public ConnectionsApi(ManagedRealm realm) {
        super(adminResource(realm, "mag-account-connections"));
        this.realm = realm;
    }

    /** An admin-API token of a user of the realm ({@link RestApiClient#adminToken}). */
    public String token(String username, String password) {
        return adminToken(realm, username, password);
    }

    public HttpResponse<String> connect(String parentId, String childId, String token) {
        return request("users/" + parentId + "/children", token).post(new Connect(childId));
    }

    public HttpResponse<String> disconnect(String parentId, String childId, String token) {
        return delete("users/" + parentId + "/children/" + childId, token);
    }

    /** The body of a connect request. */
    private record Connect(String childId) {
    }
}
