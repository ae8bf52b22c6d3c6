package io.mag.keycloak.connection.eligibility;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names and emails are compared when deciding that two accounts belong to one person:
 * Unicode NFKC normalization (so composed and decomposed accents, and full-width letters, are
 * equal), leading and trailing whitespace removed, inner runs of whitespace collapsed to one
 * space, then lower case in the root locale. A missing value never equals anything.
 */
public final class IdentityNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private IdentityNormalizer() {
    }

    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        normalized = WHITESPACE.matcher(normalized).replaceAll(" ");
        return normalized.isEmpty() ? null : normalized.toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        String left = normalize(a);
        return left != null && left.equals(normalize(b));
    }
}
