package io.mag.keycloak.access.rest;

/** Body of a partner's offer: the organization (id or alias) and the application's clientId. */
public record OfferBody(String organization, String clientId) {
}
