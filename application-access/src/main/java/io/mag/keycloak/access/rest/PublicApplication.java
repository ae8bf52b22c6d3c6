package io.mag.keycloak.access.rest;

/** An application open to public registration, for one organization the caller administers: whether it is subscribed already. */
public record PublicApplication(String clientId, String applicationName, String partnerName, String organizationId,
        String organizationName, boolean subscribed) {
}
