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
import java.util.List;
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
            .cookieHandler(new LoopbackCookies())
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

    /**
     * Java's cookie manager sends Secure cookies over https only; browsers also send them to
     * http://127.0.0.1 (a "potentially trustworthy" origin), and Keycloak marks its SameSite=None
     * cookies Secure. So cookies are looked up as if the loopback request were https.
     */
    private static final class LoopbackCookies extends CookieManager {

        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            boolean loopback = "http".equals(uri.getScheme()) && "127.0.0.1".equals(uri.getHost());
            return super.get(loopback ? URI.create("https" + uri.toString().substring(4)) : uri, requestHeaders);
        }
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
