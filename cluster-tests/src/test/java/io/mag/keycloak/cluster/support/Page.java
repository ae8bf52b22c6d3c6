package io.mag.keycloak.cluster.support;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One response as the browser got it: the URL asked for (front address), the node that answered. */
public record Page(String url, Node node, int status, String body, String location) {

    public boolean isRedirect() {
        return status >= 300 && status < 400 && !location.isEmpty();
    }

    public Form form(String id) {
        return Form.parse(body, id).orElseThrow(() -> new AssertionError(
                "no form #" + id + " in the page of " + node + " (" + status + " " + url + "):\n" + abbreviated()));
    }

    public Optional<Form> findForm(String id) {
        return Form.parse(body, id);
    }

    /** The query parameters of the redirect's target (e.g. code, state, error of an authorization response). */
    public Map<String, String> redirectParameters() {
        if (!isRedirect()) {
            throw new AssertionError("not a redirect: " + status + " from " + node + " at " + url + "\n" + abbreviated());
        }
        String query = URI.create(location).getRawQuery();
        if (query == null) {
            return Map.of();
        }
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "", (x, y) -> x));
    }

    /** The body, cut for failure messages. */
    public String abbreviated() {
        return body.length() > 3000 ? body.substring(0, 3000) + "..." : body;
    }

    @Override
    public String toString() {
        return status + " from " + node + " at " + url + (location.isEmpty() ? "" : " -> " + location);
    }
}
