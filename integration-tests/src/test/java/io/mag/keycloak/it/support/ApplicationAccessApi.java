package io.mag.keycloak.it.support;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Clients of application access's REST APIs: the operator's {@code /admin/realms/{realm}/mag-subscriptions},
 * the partner's {@code /realms/{realm}/mag-partner} and the users' {@code /realms/{realm}/mag-applications},
 * each with the caller's own token. End-user tokens come from a direct-grant client with the
 * realm's audience scopes {@code mag-applications} and {@code mag-partner}, as a partner's or an
 * organization's automation would be set up.
 */
public final class ApplicationAccessApi {

    static final String AUTOMATION_CLIENT = "access-automation";

    private final ManagedRealm realm;
    private final Api subscriptions;
    private final Api partner;
    private final Api applications;

    public ApplicationAccessApi(ManagedRealm realm) {
        this.realm = realm;
        this.subscriptions = new Api(RestApiClient.adminResource(realm, "mag-subscriptions"));
        this.partner = new Api(realm.getBaseUrl() + "/mag-partner");
        this.applications = new Api(realm.getBaseUrl() + "/mag-applications");
    }

    /** One of our APIs at {@code base}. */
    public static final class Api extends RestApiClient {
        Api(String base) {
            super(base);
        }

        public HttpResponse<String> post(String path, Object body, String token) {
            return request(path, token).post(body);
        }
    }

    /** The operator's admin token (the demo operator holds realm-admin). */
    public String operatorToken() {
        return RestApiClient.adminToken(realm, DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
    }

    /** A token of the user for the end-user APIs (audiences mag-applications and mag-partner). */
    public String token(String username, String password) {
        ensureAutomationClient();
        return RestApiClient.passwordGrant(realm, AUTOMATION_CLIENT, username, password);
    }

    public Api subscriptions() {
        return subscriptions;
    }

    public Api partner() {
        return partner;
    }

    public Api applications() {
        return applications;
    }

    /** The operator subscribes an organization (id or alias) to an application; fails unless 200. */
    public String subscribe(String organization, String clientId) {
        HttpResponse<String> response = subscriptions.post("", Map.of("organization", organization, "clientId", clientId), operatorToken());
        if (response.statusCode() != 200) {
            throw new AssertionError("not subscribed: " + response.statusCode() + " " + response.body());
        }
        return RestApiClient.json(response).get("id").asText();
    }

    /** The operator ends a subscription; fails unless 200. */
    public void end(String subscriptionId) {
        HttpResponse<String> response = subscriptions.post(subscriptionId + "/end", Map.of("reason", "test"), operatorToken());
        if (response.statusCode() != 200) {
            throw new AssertionError("not ended: " + response.statusCode() + " " + response.body());
        }
    }

    /** Files an access request as the user of {@code token}. */
    public HttpResponse<String> request(String clientId, String note, String token) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("clientId", clientId);
        if (note != null) {
            body.put("note", note);
        }
        return applications.post("requests", body, token);
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
        for (String audience : List.of("mag-applications", "mag-partner")) {
            String scopeId = realm.admin().clientScopes().findAll().stream()
                    .filter(scope -> audience.equals(scope.getName()))
                    .map(ClientScopeRepresentation::getId)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no client scope " + audience + " in the realm"));
            realm.admin().clients().get(id).addDefaultClientScope(scopeId);
        }
    }
}
