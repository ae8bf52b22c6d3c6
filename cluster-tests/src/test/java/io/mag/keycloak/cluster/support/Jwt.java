package io.mag.keycloak.cluster.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the claims of a token the server issued (checking its signature is the server's business here). */
public final class Jwt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jwt() {
    }

    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable token", e);
        }
    }
}
