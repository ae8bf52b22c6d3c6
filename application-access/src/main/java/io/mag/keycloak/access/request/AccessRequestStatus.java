package io.mag.keycloak.access.request;

/** Where an access request stands. Only {@link #PENDING} can change. */
public enum AccessRequestStatus {
    PENDING,
    APPROVED,
    DENIED,
    /** Withdrawn by the user who filed it. */
    WITHDRAWN,
    /** The organization's subscription ended while the request was pending. */
    CANCELLED
}
