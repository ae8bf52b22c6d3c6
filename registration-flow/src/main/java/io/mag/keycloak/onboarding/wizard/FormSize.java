package io.mag.keycloak.onboarding.wizard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The size of a posted form as it travelled (form-urlencoded), counted from what was received, not
 * from what the Content-Length header claims: a chunked body without that header, or one longer
 * than it declared, counts the same. Keycloak's HTTP layer reads and decodes every POSTed form
 * before a resource method runs (under Quarkus's own {@code quarkus.http.limits.*}), so this is
 * where the wizard can measure it.
 */
final class FormSize {

    private FormSize() {
    }

    /** Whether the form's urlencoded size exceeds {@code limit} bytes; stops counting past it. */
    static boolean exceeds(MultivaluedMap<String, String> form, long limit) {
        long size = 0;
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            long name = encodedLength(field.getKey());
            for (String value : field.getValue()) {
                size += name + 1 + encodedLength(value) + 1;
                if (size - 1 > limit) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long encodedLength(String text) {
        return text == null ? 0 : URLEncoder.encode(text, StandardCharsets.UTF_8).length();
    }
}
