package io.mag.keycloak.it.support;

import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** Client of {@code /realms/{realm}/mag-organization}, with the caller's own access token. */
public final class OrganizationApi extends RestApiClient {

    /** A client with direct grants and the realm's mag-organization client scope (the API's audience). */
    static final String AUTOMATION_CLIENT = "organization-automation";
    static final String AUDIENCE_SCOPE = "mag-organization";

    private final ManagedRealm realm;

    public OrganizationApi(ManagedRealm realm) {
        super(realm.getBaseUrl() + "/mag-organization");
        this.realm = realm;
    }

    /** An access token of the user for this API (from {@value #AUTOMATION_CLIENT}, created on first use). */
    public String token(String username, String password) {
        ensureAutomationClient();
        return passwordGrant(realm, AUTOMATION_CLIENT, username, password);
    }

    public HttpResponse<String> createUser(Map<String, Object> body, String token) {
        return request("users", token).post(body);
    }

    public HttpResponse<String> put(String path, String token) {
        return request(path, token).put(Map.of());
    }

    public HttpResponse<String> post(String path, Object body, String token) {
        return request(path, token).post(body);
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
}
