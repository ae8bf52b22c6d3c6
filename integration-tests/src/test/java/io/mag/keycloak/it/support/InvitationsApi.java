package io.mag.keycloak.it.support;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** Client of {@code /realms/{realm}/mag-invitations}, with the inviter's own access token. */
public final class InvitationsApi extends RestApiClient {

    /**
     * The client a partner's automation uses: direct grants, and the realm's mag-invitations client
     * scope, which puts the API's audience into its tokens.
     */
    static final String AUTOMATION_CLIENT = "partner-automation";
    static final String AUDIENCE_SCOPE = "mag-invitations";

    private final ManagedRealm realm;

    public InvitationsApi(ManagedRealm realm) {
        super(realm.getBaseUrl() + "/mag-invitations");
        this.realm = realm;
    }

    /** An access token of the user for this API (from {@value #AUTOMATION_CLIENT}, created on first use). */
    public String token(String username, String password) {
        ensureAutomationClient();
        return passwordGrant(realm, AUTOMATION_CLIENT, username, password);
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

    /** An invitation of the company's contact to the applications, in the inviter's language unless {@link Invitation#locale} says otherwise. */
    public static Invitation invitation(String companyName, String contactEmail, List<String> clientIds) {
        return new Invitation(companyName, contactEmail, clientIds, null);
    }

    public HttpResponse<String> create(Invitation invitation, String token) {
        return request("", token).post(invitation);
    }

    public HttpResponse<String> create(String companyName, String email, List<String> clientIds, String token) {
        return create(invitation(companyName, email, clientIds), token);
    }

    /** Creates from a JSON text as it is: for the tests of malformed and incomplete requests. */
    public HttpResponse<String> createRaw(String json, String token) {
        return request("", token).postJson(json);
    }

    public HttpResponse<String> searchOrganizations(String query, String token) {
        return get("organizations?search=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
    }

    /** The body of a create request; a null field is left out of the JSON. */
    public record Invitation(String companyName, String contactEmail, List<String> clientIds, String locale) {

        public Invitation locale(String locale) {
            return new Invitation(companyName, contactEmail, clientIds, locale);
        }
    }
}
