package io.mag.keycloak.access.subscription;

/** Where a subscription stands. {@link #ACTIVE} if and only if the application's groups exist for the organization. */
public enum SubscriptionStatus {
    /** A partner offered the application; the organization has not answered. */
    OFFERED,
    ACTIVE,
    /** The organization declined an offer. */
    DECLINED,
    /** Ended by the partner or an operator: the application's groups are gone, and with them every user's access. */
    ENDED
}
