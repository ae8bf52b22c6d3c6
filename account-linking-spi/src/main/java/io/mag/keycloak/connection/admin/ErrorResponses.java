package io.mag.keycloak.connection.admin;

import jakarta.ws.rs.core.Response;

import org.keycloak.services.ErrorResponseException;

/**
 * Errors in the shape Keycloak's own error handler uses, {@code {"error": ..., "error_description": ...}};
 * Keycloak's {@link ErrorResponseException} also rolls the request's transaction back.
 */
final class ErrorResponses {

    static final String USER_NOT_FOUND = "user_not_found";
    static final String NOT_CONNECTED = "not_connected";
    static final String INVALID_REQUEST = "invalid_request";

    private ErrorResponses() {
    }

    static ErrorResponseException userNotFound() {
        return new ErrorResponseException(USER_NOT_FOUND, "User not found", Response.Status.NOT_FOUND);
    }

    static ErrorResponseException notConnected() {
        return new ErrorResponseException(NOT_CONNECTED, "The accounts are not connected", Response.Status.NOT_FOUND);
    }

    static ErrorResponseException invalidRequest(String description) {
        return new ErrorResponseException(INVALID_REQUEST, description, Response.Status.BAD_REQUEST);
    }
}
