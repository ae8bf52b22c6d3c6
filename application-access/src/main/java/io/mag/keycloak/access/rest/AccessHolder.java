package io.mag.keycloak.access.rest;

/** A user who has access to an application through an organization, as the access list shows them. */
public record AccessHolder(String userId, String username, String name, String organizationId, String organization) {
}
