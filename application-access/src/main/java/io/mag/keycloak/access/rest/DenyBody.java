package io.mag.keycloak.access.rest;

/** Body of a denial: the reason the requester is told (required, at most 500 characters). */
public record DenyBody(String reason) {
}
