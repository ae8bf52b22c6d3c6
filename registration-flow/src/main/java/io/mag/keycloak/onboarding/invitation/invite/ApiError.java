package io.mag.keycloak.onboarding.invitation.invite;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A REST error, in the shape of Keycloak's own ({@code error}, {@code error_description}), with the
 * refused fields of a validation error: field name, message key, message.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ApiError(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String description,
        @JsonProperty("field_errors") List<Field> fieldErrors) {

    record Field(String field, String error, String message) {
    }
}
