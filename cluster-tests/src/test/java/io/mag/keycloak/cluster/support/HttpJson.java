package io.mag.keycloak.cluster.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One JSON exchange with a node (REST APIs, token endpoint): status, body, Location header. */
public record HttpJson(int status, String body, String location) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    public static HttpJson postForm(String url, Map<String, String> fields, String token) {
        return send(request(url, token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(fields))));
    }

    public static HttpJson post(String url, Object body, String token) {
        return send(request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public static HttpJson put(String url, Object body, String token) {
        return send(request(url, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public static HttpJson get(String url, String token) {
        return send(request(url, token).GET());
    }

    public static HttpJson delete(String url, String token) {
        return send(request(url, token).DELETE());
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
        }
    }

    /** Fails unless the status is {@code expected}; returns this for chaining. */
    public HttpJson expect(int expected) {
        if (status != expected) {
            throw new AssertionError("expected HTTP " + expected + ", got " + this);
        }
        return this;
    }

    @Override
    public String toString() {
        return status + " " + (body.length() > 1000 ? body.substring(0, 1000) + "..." : body);
    }

    static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpJson send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new HttpJson(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
