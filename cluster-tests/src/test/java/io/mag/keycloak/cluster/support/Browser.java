package io.mag.keycloak.cluster.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser behind a load balancer without sticky sessions: one cookie jar, and every request sent
 * to the node the test names. Keycloak writes URLs of the front address (its --hostname); the
 * browser sends them to the chosen node. Cookies do not depend on the port, as in real browsers,
 * so both nodes see the same cookies. Redirects are not followed by themselves: the test decides
 * which node answers each step.
 */
public final class Browser {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Page get(String url, Node node) {
        return send(url, node, HttpRequest.newBuilder(URI.create(node.route(url))).GET());
    }

    public Page submit(Form form, Node node) {
        return post(form.action(), form.fields(), node);
    }

    public Page post(String url, Map<String, String> fields, Node node) {
        return send(url, node, HttpRequest.newBuilder(URI.create(node.route(url)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))));
    }

    /**
     * Follows redirects within the server (the front address) on {@code node}; stops at a page, or
     * at a redirect that leaves the server (to an application), which it returns.
     */
    public Page follow(Page page, Node node) {
        Page current = page;
        for (int hops = 0; current.isRedirect() && current.location().startsWith(Cluster.get().frontUrl()); hops++) {
            if (hops > 10) {
                throw new AssertionError("redirect loop at " + current.location());
            }
            current = get(current.location(), node);
        }
        return current;
    }

    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Page send(String url, Node node, HttpRequest.Builder request) {
        request.header("Accept", "text/html,application/json").header("Accept-Language", "en").timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            if (!location.isEmpty()) {
                location = URI.create(node.route(url)).resolve(location).toString();
                // Keycloak writes the front address; relative redirects resolve against the node.
                location = location.startsWith(node.url()) ? Cluster.get().frontUrl() + location.substring(node.url().length()) : location;
            }
            return new Page(url, node, response.statusCode(), response.body(), location);
        } catch (IOException e) {
            throw new UncheckedIOException("request to " + node + " failed: " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
