package io.mag.keycloak.cluster.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The admin REST API of the mag realm at one node, as the master realm's administrator (the
 * harness' bootstrap admin). Every test names its accounts with a tag of its own.
 */
public final class Admin {

    public static final String PASSWORD = "Sup3r-Secret-Pass";
    private static final String DEMO_PARTNER_NAME = "Northwind Aerospace";
    private static final String DEMO_PARTNER_ALIAS = "northwind-aerospace";
    /** The demo partner's applications the cluster tests sign in to. */
    private static final List<String> DEMO_APPLICATIONS = List.of("northwind-supplier-portal", "northwind-sourcing");

    private final Node node;
    private final String tag;
    private String token;
    private Instant tokenTime;

    private Admin(Node node, String tag) {
        this.node = node;
        this.tag = tag;
    }

    /** The master realm's administrator at {@code node}, with account names of its own. */
    public static Admin signIn(Node node) {
        return new Admin(node, UUID.randomUUID().toString().substring(0, 8));
    }

    /** The same administrator and account names at another node. */
    public Admin at(Node other) {
        return new Admin(other, tag);
    }

    /**
     * A fresh admin token from this node (the master realm's tokens live 60 s, a test may take
     * longer); valid at either node, which share one issuer.
     */
    public String token() {
        if (token != null && tokenTime.plusSeconds(30).isAfter(Instant.now())) {
            return token;
        }
        Cluster cluster = Cluster.get();
        HttpJson tokens = HttpJson.postForm(node.url() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", cluster.adminUsername(), "password", cluster.adminPassword()), null).expect(200);
        token = tokens.json().get("access_token").asText();
        tokenTime = Instant.now();
        return token;
    }

    public String url(String path) {
        return node.url() + "/admin/realms/" + Cluster.get().realm() + path;
    }

    public String username(String name) {
        return name + "-" + tag;
    }

    public String email(String person) {
        return person + "-" + tag + "@supplier.example";
    }

    /**
     * An enabled account with a verified email and a password; its id. It is a member of the demo
     * partner with access to the partner's applications the tests sign in to: application access
     * refuses anyone else there.
     */
    public String createUser(String name, String person) {
        return createUser(account(name, person, List.of()));
    }

    /** An account with a password and a TOTP credential of this raw secret, as if set up just now. */
    public String createUserWithOtp(String name, String person, String totpSecret) {
        Map<String, Object> otp = new LinkedHashMap<>();
        otp.put("type", "otp");
        otp.put("userLabel", "phone");
        otp.put("secretData", "{\"value\":\"" + totpSecret + "\"}");
        otp.put("credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
        return createUser(account(name, person, List.of(otp)));
    }

    private Map<String, Object> account(String name, String person, List<Map<String, Object>> moreCredentials) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username(name));
        user.put("email", email(person));
        user.put("emailVerified", true);
        user.put("firstName", "Alex " + person);
        user.put("lastName", "Morgan");
        user.put("enabled", true);
        Map<String, Object> password = Map.of("type", "password", "value", PASSWORD, "temporary", false);
        List<Map<String, Object>> credentials = new java.util.ArrayList<>();
        credentials.add(password);
        credentials.addAll(moreCredentials);
        user.put("credentials", credentials);
        return user;
    }

    private String createUser(Map<String, Object> user) {
        HttpJson created = HttpJson.post(url("/users"), user, token()).expect(201);
        String userId = created.location().substring(created.location().lastIndexOf('/') + 1);
        grantDemoApplications(userId);
        return userId;
    }

    /** The demo partner's organization id (the realm file's Northwind Aerospace). */
    public String demoPartnerId() {
        JsonNode partner = get("/organizations?exact=true&search=" + URLEncoder.encode(DEMO_PARTNER_NAME, StandardCharsets.UTF_8))
                .expect(200).json();
        if (partner.size() != 1) {
            throw new AssertionError("the realm file's partner " + DEMO_PARTNER_NAME + " is missing: " + partner);
        }
        return partner.get(0).path("id").asText();
    }

    /**
     * Makes the user a member of the demo partner and gives it access to the partner's
     * applications: membership of each application's users group, which the partner's own
     * (OWNER) subscriptions created at the realm import.
     */
    private void grantDemoApplications(String userId) {
        // The members endpoint takes the user id as a JSON string.
        post("/organizations/" + demoPartnerId() + "/members", userId).expect(201);
        for (String clientId : DEMO_APPLICATIONS) {
            String path = "mag-organizations/" + DEMO_PARTNER_ALIAS + "/applications/" + clientId + "/users";
            String groupId = get("/group-by-path/" + path).expect(200).json().path("id").asText();
            HttpJson.put(url("/users/" + userId + "/groups/" + groupId), Map.of(), token()).expect(204);
        }
    }

    public JsonNode realm() {
        return HttpJson.get(url(""), token()).expect(200).json();
    }

    /** Sets one realm attribute (as the admin console's realm settings do). */
    public void realmAttribute(String name, String value) {
        ObjectNode realm = (ObjectNode) realm();
        ((ObjectNode) realm.get("attributes")).put(name, value);
        HttpJson.put(url(""), realm, token()).expect(204);
    }

    /** Points the realm's mail at another SMTP port of 127.0.0.1 (as the admin console's Email tab would). */
    public void smtpPort(int port) {
        ObjectNode realm = (ObjectNode) realm();
        ((ObjectNode) realm.get("smtpServer")).put("port", String.valueOf(port));
        HttpJson.put(url(""), realm, token()).expect(204);
    }

    public HttpJson get(String path) {
        return HttpJson.get(url(path), token());
    }

    public HttpJson post(String path, Object body) {
        return HttpJson.post(url(path), body, token());
    }

    /** Disconnects {@code child} from {@code parent} through our connections API. */
    public HttpJson disconnect(String parentId, String childId) {
        return HttpJson.delete(url("/mag-account-connections/users/" + parentId + "/children/" + childId), token());
    }

    /** Connects {@code child} to {@code parent} through our connections API. */
    public HttpJson connect(String parentId, String childId) {
        return post("/mag-account-connections/users/" + parentId + "/children", Map.of("childId", childId));
    }
}
