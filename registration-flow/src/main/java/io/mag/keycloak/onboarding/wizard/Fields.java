package io.mag.keycloak.onboarding.wizard;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.keycloak.models.utils.FormMessage;

/** The wizard's form fields and their limits; the server checks every one of them. */
final class Fields {

    static final String LEGAL_NAME = "legalName";
    static final String STREET = "street";
    static final String CITY = "city";
    static final String REGION = "region";
    static final String POSTAL_CODE = "postalCode";
    static final String COUNTRY = "country";
    static final String PHONE = "phone";
    static final String WEBSITE = "website";
    static final String CAGE = "cageCode";
    static final String DUNS = "dunsNumber";
    static final String CONTACT_EMAIL = "contactEmail";

    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String EMAIL = "email";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String PASSWORD_CONFIRM = "passwordConfirm";

    /** One profile field: its form name, whether it is required, its maximum length and its format. */
    record Spec(String name, boolean required, int maxLength, Pattern format, String formatMessage) {
    }

    static final Pattern EMAIL_FORMAT = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\"]+$");
    static final Pattern USERNAME_FORMAT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$");

    static final List<Spec> PROFILE = List.of(
            new Spec(LEGAL_NAME, true, 100, null, null),
            new Spec(STREET, true, 200, null, null),
            new Spec(CITY, true, 100, null, null),
            new Spec(REGION, true, 100, null, null),
            new Spec(POSTAL_CODE, true, 20, Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 -]*$"), "magRegInvalidPostalCode"),
            new Spec(COUNTRY, true, 100, null, null),
            new Spec(PHONE, true, 30, Pattern.compile("^\\+?[0-9 ()./-]{5,30}$"), "magRegInvalidPhone"),
            new Spec(WEBSITE, false, 255, Pattern.compile("^https?://[^\\s<>\"]+$"), "magRegInvalidWebsite"),
            new Spec(CAGE, false, 5, Pattern.compile("^[A-Za-z0-9]{5}$"), "magRegInvalidCage"),
            new Spec(DUNS, false, 9, Pattern.compile("^[0-9]{9}$"), "magRegInvalidDuns"));

    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;
    static final int PASSWORD_MAX = 128;
    /** Any single posted value longer than this is refused outright. */
    static final int ANY_VALUE_MAX = 1000;
    /** A posted form larger than this (urlencoded, as received) is refused. */
    static final int BODY_MAX = 32 * 1024;

    private Fields() {
    }

    /**
     * The error of one profile value, if any: missing though required, not in its format, too
     * long, or (free text) carrying control characters. The format comes before the length, so
     * that ten digits for a DUNS number read "exactly 9 digits", not "at most 9 characters".
     */
    static Optional<FormMessage> profileError(Spec spec, String value) {
        if (value.isEmpty()) {
            return spec.required() ? Optional.of(new FormMessage(spec.name(), "magRegRequired")) : Optional.empty();
        }
        if (spec.format() != null && !spec.format().matcher(value).matches()) {
            return Optional.of(new FormMessage(spec.name(), spec.formatMessage()));
        }
        if (value.length() > spec.maxLength()) {
            return Optional.of(new FormMessage(spec.name(), "magRegTooLong", spec.maxLength()));
        }
        if (spec.format() == null && hasControlCharacters(value)) {
            return Optional.of(new FormMessage(spec.name(), "magRegControlCharacters"));
        }
        return Optional.empty();
    }

    /** The error of a person's first or last name, if any. */
    static Optional<FormMessage> nameError(String field, String value) {
        if (value.isEmpty()) {
            return Optional.of(new FormMessage(field, "magRegRequired"));
        }
        if (value.length() > NAME_MAX) {
            return Optional.of(new FormMessage(field, "magRegTooLong", NAME_MAX));
        }
        if (hasControlCharacters(value)) {
            return Optional.of(new FormMessage(field, "magRegControlCharacters"));
        }
        return Optional.empty();
    }

    /**
     * Whether a name holds control characters or Unicode bidirectional controls. The latter reorder
     * what the operator reads ("evil" shown as "live"); emoji (with their zero-width joiners and
     * variation selectors) and right-to-left scripts are not controls and stay accepted.
     */
    static boolean hasControlCharacters(String value) {
        return value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || isBidiControl(c));
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The error of an email address's form, if any; whether the address is free is the realm's to say. */
    static Optional<FormMessage> emailError(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(new FormMessage(field, "magRegRequired"));
        }
        if (value.length() > EMAIL_MAX) {
            return Optional.of(new FormMessage(field, "magRegTooLong", EMAIL_MAX));
        }
        if (!EMAIL_FORMAT.matcher(value).matches()) {
            return Optional.of(new FormMessage(field, "magRegInvalidEmail"));
        }
        return Optional.empty();
    }

    /** Trimmed, inner whitespace collapsed, never null. */
    static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}
