package io.mag.keycloak.orgadmin.rest;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A REST error, in the shape of Keycloak's own ({@code error}, {@code error_description}), with the
 * refused fields of a validation error: field name, message key, message.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String description,
        @JsonProperty("field_errors") List<Field> fieldErrors) {

    public record Field(String field, String error, String message) {
    }

    public static Response response(Response.Status status, String error, String description, List<Field> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(error, description, fields)).build();
    }

    public static WebApplicationException exception(Response.Status status, String error, String description) {
        return new WebApplicationException(response(status, error, description, List.of()));
    }
}
