package io.mag.keycloak.onboarding.wizard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Reads a form-urlencoded body from its stream, at most {@code limit} bytes. The cap holds whatever
 * the client sends: a declared Content-Length, a chunked body without one, or a body longer than
 * it declared; this class never reads past it. (Keycloak's HTTP layer parses every POSTed form
 * before a resource method runs and hands the method a copy of the bytes, under Quarkus's own
 * limits {@code quarkus.http.limits.*}; this cap is the wizard's, on what reaches it.)
 */
final class BoundedForm {

    private BoundedForm() {
    }

    /** The decoded fields, or empty when the body is larger than {@code limit} bytes. */
    static Optional<MultivaluedMap<String, String>> read(InputStream body, int limit) throws IOException {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        if (body == null) {
            return Optional.of(form);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[4096];
        int total = 0;
        int read;
        while ((read = body.read(buffer, 0, Math.min(buffer.length, limit + 1 - total))) > 0) {
            total += read;
            if (total > limit) {
                return Optional.empty();
            }
            bytes.write(buffer, 0, read);
        }
        return Optional.of(parse(bytes.toString(StandardCharsets.UTF_8)));
    }

    static MultivaluedMap<String, String> parse(String encoded) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                form.add(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // A malformed escape: the field is dropped, as if it had not been sent.
            }
        }
        return form;
    }
}
