package io.mag.keycloak.onboarding.invitation.invite;

import java.util.List;

/** A refused field of an invitation: the form field, a login-theme message key and its parameters. */
record FieldError(String field, String messageKey, List<String> parameters) {

    FieldError {
        parameters = List.copyOf(parameters);
    }

    static FieldError of(String field, String messageKey, String... parameters) {
        return new FieldError(field, messageKey, List.of(parameters));
    }
}
