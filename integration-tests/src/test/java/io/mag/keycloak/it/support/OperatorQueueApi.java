package io.mag.keycloak.it.support;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.testframework.realm.ManagedRealm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The operator's queue through Keycloak's component endpoint {@code /admin/realms/{realm}/components},
 * exactly the calls the admin console's declarative page makes: list the items of provider
 * {@value #PAGE}, read one, save it with a decision and a reason.
 */
public final class OperatorQueueApi extends RestApiClient {

    public static final String PAGE = "mag-operator-queue";
    public static final String PAGE_TYPE = "org.keycloak.services.ui.extend.UiPageProvider";

    private final String realmId;
    private final String token;

    private OperatorQueueApi(ManagedRealm realm, String token) {
        super(adminResource(realm, "components"));
        this.realmId = realm.admin().toRepresentation().getId();
        this.token = token;
    }

    public static OperatorQueueApi as(ManagedRealm realm, String username, String password) {
        return new OperatorQueueApi(realm, adminToken(realm, username, password));
    }

    public static OperatorQueueApi asOperator(ManagedRealm realm) {
        return as(realm, DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
    }

    /** Every item of the queue page, as the console lists them. */
    public List<JsonNode> items() {
        JsonNode list = expect(200, get("?parent=" + enc(realmId) + "&type=" + enc(PAGE_TYPE) + "&providerId=" + PAGE, token));
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    /** The item of a request of source {@code source} (e.g. mag-registrations), if it is listed. */
    public Optional<JsonNode> item(String source, String requestId) {
        String key = source + "/" + requestId;
        return items().stream().filter(i -> key.equals(value(i, "request"))).findFirst();
    }

    /** Saves the item with a decision (approve, reject, pending) and a reason (null: none), as the console's Save does. */
    public HttpResponse<String> decide(JsonNode item, String decision, String reason) {
        ObjectNode edited = item.deepCopy();
        ObjectNode config = (ObjectNode) edited.get("config");
        config.set("decision", edited.arrayNode().add(decision));
        if (reason != null) {
            config.set("reason", edited.arrayNode().add(reason));
        }
        return request(item.get("id").asText(), token).put(edited);
    }

    /** Creates an item by hand, as the console's "Create item" would. */
    public HttpResponse<String> create(Map<String, String> config) {
        ObjectNode rep = new ObjectMapper().createObjectNode();
        rep.put("name", "by-hand").put("providerId", PAGE).put("providerType", PAGE_TYPE).put("parentId", realmId);
        ObjectNode values = rep.putObject("config");
        config.forEach((k, v) -> ((ArrayNode) values.putArray(k)).add(v));
        return request("", token).postJson(rep.toString());
    }

    /** The first value of a config field of an item. */
    public static String value(JsonNode item, String field) {
        JsonNode values = item.path("config").path(field);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
