package io.mag.keycloak.otp;

import java.util.function.Function;

import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/**
 * The realm's OTP sales rules and renewal window, from realm attributes (Realm settings, or the realm JSON's
 * {@code attributes}); a missing or invalid value falls back to {@link RenewalPolicy#DEFAULT}.
 */
public final class SubscriptionSettings {

    private static final Logger LOG = Logger.getLogger(SubscriptionSettings.class);

    /** Days before expiry at which the Renew button appears (default 30). */
    public static final String OPENS_DAYS_BEFORE_EXPIRY = "magOtpRenewalOpensDaysBeforeExpiry";
    /** Months after expiry at which renewing stops and a new credential is required (default 12). */
    public static final String CLOSES_MONTHS_AFTER_EXPIRY = "magOtpRenewalClosesMonthsAfterExpiry";

    /**
     * {@code true}: OTP is included with the account, and a user sets up a new OTP credential
     * without an entitlement. Anything else (the default, and the shipped realm): OTP credentials
     * are sold, and a new one is set up only with an entitlement (a license key by default).
     */
    public static final String OTP_INCLUDED = "magOtpIncluded";

    private SubscriptionSettings() {
    }

    /** Whether setting up a new OTP credential needs an entitlement in this realm. */
    public static boolean newCredentialNeedsEntitlement(RealmModel realm) {
        return !"true".equalsIgnoreCase(String.valueOf(realm.getAttribute(OTP_INCLUDED)).strip());
    }

    public static RenewalPolicy of(RealmModel realm) {
        return of(realm::getAttribute);
    }

    static RenewalPolicy of(Function<String, String> attributes) {
        return new RenewalPolicy(
                number(attributes, OPENS_DAYS_BEFORE_EXPIRY, RenewalPolicy.DEFAULT.opensDaysBeforeExpiry()),
                number(attributes, CLOSES_MONTHS_AFTER_EXPIRY, RenewalPolicy.DEFAULT.closesMonthsAfterExpiry()));
    }

    public static SubscriptionCalendar calendar(RealmModel realm) {
        return new SubscriptionCalendar(of(realm));
    }

    private static int number(Function<String, String> attributes, String key, int fallback) {
        String value = attributes.apply(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warnf("Realm attribute %s=%s is not a whole number >= 0; using %d", key, value, fallback);
        return fallback;
    }
}
