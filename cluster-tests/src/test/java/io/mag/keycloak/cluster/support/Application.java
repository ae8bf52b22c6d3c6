package io.mag.keycloak.cluster.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An OpenID Connect application of the realm (a public client with PKCE, as the realm file's demo
 * applications are): it sends the browser to the authorization endpoint and exchanges the code at
 * the token endpoint of whichever node the test names.
 */
public final class Application {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String clientId;
    private final String redirectUri;
    private String verifier;

    public Application(String clientId, String redirectUri) {
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    /** The realm file's demo application that requires OTP strength (Minimum ACR value 2). */
    public static Application supplierPortal() {
        return new Application("northwind-supplier-portal", "http://127.0.0.1:8081/callback");
    }

    /** The realm file's demo application open at password strength. */
    public static Application sourcing() {
        return new Application("northwind-sourcing", "http://127.0.0.1:8082/callback");
    }

    /** A new authorization request (new PKCE verifier), at the front address. */
    public String authorizationUrl() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String challenge;
        try {
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Cluster.get().realmUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + clientId + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                + "&state=" + Long.toHexString(RANDOM.nextLong()) + "&code_challenge_method=S256&code_challenge=" + challenge;
    }

    /** The code of an authorization response (the redirect to this application); fails on anything else. */
    public String code(Page response) {
        if (!response.isRedirect() || !response.location().startsWith(redirectUri)) {
            throw new AssertionError("no redirect to " + clientId + " with a code: " + response + "\n" + response.abbreviated());
        }
        String code = response.redirectParameters().get("code");
        if (code == null) {
            throw new AssertionError("authorization response without a code: " + response.location());
        }
        return code;
    }

    /** The token response (JSON) for a code, from the token endpoint of {@code node}. */
    public HttpJson tokens(String code, Node node) {
        return HttpJson.postForm(node.realmUrl() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "authorization_code", "client_id", clientId, "code", code,
                "redirect_uri", redirectUri, "code_verifier", verifier), null);
    }

    /** The claims of the access token of a successful token response. */
    public static JsonNode accessToken(HttpJson tokens) {
        if (tokens.status() != 200) {
            throw new AssertionError("no tokens: " + tokens);
        }
        return Jwt.claims(tokens.json().get("access_token").asText());
    }
}
