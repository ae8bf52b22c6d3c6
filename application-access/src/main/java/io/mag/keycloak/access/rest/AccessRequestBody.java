package io.mag.keycloak.access.rest;

/** Body of filing an access request: the application's clientId and an optional note (at most 500 characters). */
public record AccessRequestBody(String clientId, String note) {
}
