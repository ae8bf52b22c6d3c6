package io.mag.keycloak.access.rest;

/** Body of declining an offer: an optional reason the partner is told (at most 500 characters). */
public record DeclineBody(String reason) {
}
