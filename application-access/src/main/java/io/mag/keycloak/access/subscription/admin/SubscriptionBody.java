package io.mag.keycloak.access.subscription.admin;

/**
 * Body of an operator's subscribe: the organization (id or alias), the application (its clientId)
 * and optionally the origin to record (default: {@code OWNER} for the owning partner, else
 * {@code REGISTRATION}).
 */
public record SubscriptionBody(String organization, String clientId, String origin) {
}
