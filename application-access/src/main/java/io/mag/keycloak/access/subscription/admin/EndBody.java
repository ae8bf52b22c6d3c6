package io.mag.keycloak.access.subscription.admin;

/** Body of ending a subscription: an optional reason (at most 500 characters). */
public record EndBody(String reason) {

    public static final int REASON_MAX = 500;
}
