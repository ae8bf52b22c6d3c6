package io.mag.keycloak.cluster.support;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Service Provider Administrator of the realm file's demo partner (Northwind Aerospace), made for
 * one test through the admin API (the realm file has no users), who invites suppliers through the
 * invitations REST API with tokens of the partner-automation client (direct grants and the
 * mag-invitations client scope, the API's audience).
 */
public final class Partner {

    public static final String AUTOMATION_CLIENT = "partner-automation";
    private static final String AUDIENCE_SCOPE = "mag-invitations";
    private static final String SP_ADMIN_GROUP = "mag-organizations/northwind-aerospace/service-provider-administrators";
    /** The text part's Register Now link (the front address, the invitation's signed token). */
    private static final Pattern REGISTER_NOW = Pattern.compile("https?://[^\\s\"<>]*/mag-registration/start\\?invitation=[A-Za-z0-9._\\-]+");
    /** The invitation email's subject contains this. */
    public static final String INVITATION_SUBJECT = "Invited to Collaborate";

    private final String username;

    private Partner(String username) {
        this.username = username;
    }

    /** A new Service Provider Administrator, member of the demo partner, named after the admin's tag. */
    public static Partner serviceProviderAdministrator(Admin admin) {
        // A member of the demo partner (createUser makes every account one).
        String userId = admin.createUser("spadmin", "spadmin");
        // Service Provider Administrator of the partner: membership of its role group (the realm file's).
        String groupId = admin.get("/group-by-path/" + SP_ADMIN_GROUP).expect(200).json().path("id").asText();
        HttpJson.put(admin.url("/users/" + userId + "/groups/" + groupId), Map.of(), admin.token()).expect(204);
        ensureAutomationClient(admin);
        return new Partner(admin.username("spadmin"));
    }

    private static synchronized void ensureAutomationClient(Admin admin) {
        if (admin.get("/clients?clientId=" + AUTOMATION_CLIENT).expect(200).json().size() > 0) {
            return;
        }
        HttpJson created = admin.post("/clients", Map.of("clientId", AUTOMATION_CLIENT, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false)).expect(201);
        String clientId = created.location().substring(created.location().lastIndexOf('/') + 1);
        String scopeId = null;
        for (JsonNode scope : admin.get("/client-scopes").expect(200).json()) {
            if (AUDIENCE_SCOPE.equals(scope.path("name").asText())) {
                scopeId = scope.path("id").asText();
            }
        }
        if (scopeId == null) {
            throw new AssertionError("no client scope " + AUDIENCE_SCOPE + " in the realm");
        }
        HttpJson.put(admin.url("/clients/" + clientId + "/default-client-scopes/" + scopeId), Map.of(), admin.token()).expect(204);
    }

    /** An access token for the invitations API, from {@code node}. */
    public String token(Node node) {
        return HttpJson.postForm(node.realmUrl() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", AUTOMATION_CLIENT,
                "username", username, "password", Admin.PASSWORD), null).expect(200).json().path("access_token").asText();
    }

    /** Invites the company's contact to the sourcing application, at {@code node}; the invitation's id. */
    public String invite(Node node, String companyName, String contactEmail) {
        HttpJson created = HttpJson.post(node.realmUrl() + "/mag-invitations", Map.of(
                "companyName", companyName, "contactEmail", contactEmail, "clientIds", List.of("northwind-sourcing")),
                token(node)).expect(201);
        return created.location().substring(created.location().lastIndexOf('/') + 1);
    }

    /** Creates an invitation from a body as it is, at {@code node}: the raw answer (for refusals). */
    public HttpJson inviteRaw(Node node, Map<String, Object> body) {
        return HttpJson.post(node.realmUrl() + "/mag-invitations", body, token(node));
    }

    /** The partner's invitations as the invitations API lists them, at {@code node}. */
    public JsonNode invitations(Node node) {
        return HttpJson.get(node.realmUrl() + "/mag-invitations", token(node)).expect(200).json();
    }

    /** The invitation as the invitations API shows it, at {@code node}. */
    public JsonNode invitation(Node node, String id) {
        return HttpJson.get(node.realmUrl() + "/mag-invitations/" + id, token(node)).expect(200).json();
    }

    /** The Register Now link of an invitation email. */
    public static String registerNowLink(Mailbox.Mail mail) {
        Matcher link = REGISTER_NOW.matcher(mail.text());
        if (!link.find()) {
            throw new AssertionError("no Register Now link in the invitation email:\n" + mail.text());
        }
        return link.group();
    }
}
