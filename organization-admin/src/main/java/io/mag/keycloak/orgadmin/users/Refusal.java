package io.mag.keycloak.orgadmin.users;

import java.util.List;

/**
 * An organization-administration request that changes nothing: why (an event error and a short
 * refusal code), what to tell the person (a login-theme message key with its parameters, per field
 * for invalid input), and the HTTP status REST answers with. The page shows the same message.
 */
public final class Refusal extends RuntimeException {

    /** One refused field of the input: the field's name, its message key and parameters. */
    public record FieldError(String field, String messageKey, List<Object> parameters) {
    }

    private final int status;
    private final String error;
    private final String code;
    private final String messageKey;
    private final transient List<Object> parameters;
    private final transient List<FieldError> fieldErrors;

    public Refusal(int status, String error, String code, String messageKey, List<Object> parameters, List<FieldError> fieldErrors) {
        super(code, null, false, false);
        this.status = status;
        this.error = error;
        this.code = code;
        this.messageKey = messageKey;
        this.parameters = List.copyOf(parameters);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static Refusal of(int status, String error, String code, String messageKey, Object... parameters) {
        return new Refusal(status, error, code, messageKey, List.of(parameters), List.of());
    }

    public static Refusal invalid(List<FieldError> fields) {
        FieldError first = fields.get(0);
        return new Refusal(400, "invalid_request", "invalid_input", first.messageKey(), first.parameters(), fields);
    }

    public int status() {
        return status;
    }

    /** The event's error, and REST's {@code error}. */
    public String error() {
        return error;
    }

    /** The event's {@code mag_refusal}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> parameters() {
        return parameters;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
