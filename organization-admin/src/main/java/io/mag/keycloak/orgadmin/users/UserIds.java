package io.mag.keycloak.orgadmin.users;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A generated User ID: the first name's initial and the last name, in plain lowercase letters
 * (accents dropped, anything else removed), and four random digits, e.g. {@code jdoe4821}. Tried
 * until one is free; the database's unique username is the final word on a race.
 */
final class UserIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 20;

    private UserIds() {
    }

    /** A free User ID for the names, or null when none was free after a few attempts. */
    static String generate(String firstName, String lastName, Predicate<String> taken) {
        String stem = stem(firstName, lastName);
        for (int i = 0; i < ATTEMPTS; i++) {
            String candidate = stem + String.format(Locale.ROOT, "%04d", RANDOM.nextInt(10_000));
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static String stem(String firstName, String lastName) {
        String first = letters(firstName);
        String last = letters(lastName);
        String stem = (first.isEmpty() ? "" : first.substring(0, 1)) + last;
        if (stem.length() > 20) {
            stem = stem.substring(0, 20);
        }
        return stem.length() < 2 ? "user" : stem;
    }

    private static String letters(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
