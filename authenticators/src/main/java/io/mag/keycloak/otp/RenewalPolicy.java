package io.mag.keycloak.otp;

/**
 * When the Renew button is offered, relative to a subscription's expiry: from
 * {@code opensDaysBeforeExpiry} days before it until {@code closesMonthsAfterExpiry} months after
 * it (exclusive). Realm settings, see {@link SubscriptionSettings}.
 */
public record RenewalPolicy(int opensDaysBeforeExpiry, int closesMonthsAfterExpiry) {

    /** The seed's rule: renewal period of 12 months after expiry; renewing on time opens with the first reminder. */
    public static final RenewalPolicy DEFAULT = new RenewalPolicy(30, 12);

    public RenewalPolicy {
        if (opensDaysBeforeExpiry < 0 || closesMonthsAfterExpiry < 0) {
            throw new IllegalArgumentException("renewal window bounds must not be negative");
        }
    }
}
