package io.mag.keycloak.common.access;

/**
 * How an organization came to be subscribed to a partner application; stored with the
 * subscription (column {@code ORIGIN}) and named in its events.
 */
public enum SubscriptionOrigin {
    /** The partner's invitation for the application led to an approved registration. */
    REGISTRATION,
    /** The partner offered the application to an already registered organization, which accepted. */
    PARTNER_OFFER,
    /** The organization registered for an application open to public registration. */
    PUBLIC_REGISTRATION,
    /** The owning partner's own organization: its staff reach the application like any subscriber's. */
    OWNER,
    /** Carried over from the organization's former {@code mag.shared-applications} attribute. */
    MIGRATED
}
