package io.mag.keycloak.orgadmin.change;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.keycloak.util.JsonSerialization;

/**
 * The requested values of a change request: which fields each kind takes, their limits, and their
 * JSON form in the PAYLOAD column. Unknown fields are refused, values are stripped.
 */
public final class ChangeRequestPayload {

    /** Invalid input: the message key of the login theme (REST answers it translated). */
    public static final class Invalid extends RuntimeException {
        private final String messageKey;
        private final String field;

        Invalid(String messageKey, String field) {
            super(messageKey + " " + field, null, false, false);
            this.messageKey = messageKey;
            this.field = field;
        }

        public String messageKey() {
            return messageKey;
        }

        public String field() {
            return field;
        }
    }

    static final Pattern EMAIL = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\"]+$");

    private record Field(String name, boolean required, int maxLength) {
    }

    private static final Map<ChangeRequestKind, List<Field>> FIELDS = Map.of(
            ChangeRequestKind.ORGANIZATION_ADMINISTRATOR, List.of(new Field("userId", true, 36)),
            ChangeRequestKind.COMPANY_NAME, List.of(new Field("name", true, 100)),
            ChangeRequestKind.COMPANY_ADDRESS, List.of(new Field("street", true, 200), new Field("city", true, 100),
                    new Field("region", false, 100), new Field("postalCode", true, 20), new Field("country", true, 100)),
            ChangeRequestKind.EMAIL, List.of(new Field("email", true, 254)),
            ChangeRequestKind.LEGAL_NAME, List.of(new Field("firstName", true, 100), new Field("lastName", true, 100)));

    private ChangeRequestPayload() {
    }

    /** The values of {@code kind} from {@code input}, checked and stripped, in the kind's field order. */
    public static Map<String, String> validate(ChangeRequestKind kind, Map<String, String> input) {
        Map<String, String> given = input == null ? Map.of() : input;
        List<Field> fields = FIELDS.get(kind);
        for (String name : given.keySet()) {
            if (fields.stream().noneMatch(f -> f.name().equals(name))) {
                throw new Invalid("magChangeUnknownField", name);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : fields) {
            String value = given.get(field.name()) == null ? "" : given.get(field.name()).strip();
            if (value.isEmpty()) {
                if (field.required()) {
                    throw new Invalid("magChangeFieldRequired", field.name());
                }
                continue;
            }
            if (value.length() > field.maxLength()) {
                throw new Invalid("magChangeFieldTooLong", field.name());
            }
            values.put(field.name(), value);
        }
        if (kind == ChangeRequestKind.EMAIL && !EMAIL.matcher(values.get("email")).matches()) {
            throw new Invalid("magChangeInvalidEmail", "email");
        }
        return values;
    }

    static String toJson(Map<String, String> values) {
        try {
            return JsonSerialization.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> fromJson(String json) {
        try {
            return json == null ? Map.of() : JsonSerialization.readValue(json, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
