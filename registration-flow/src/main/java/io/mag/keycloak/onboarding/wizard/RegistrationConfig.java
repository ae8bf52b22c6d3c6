package io.mag.keycloak.onboarding.wizard;

import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.firstlogin.FirstTimeLoginLinks;

/**
 * The registration wizard's settings: realm attributes (the realm file sets them; the admin
 * console shows realm attributes under Realm settings only through the REST API / realm export,
 * so change them with {@code kcadm.sh update realms/mag -s 'attributes.magRegistrationRateLimit=60'}).
 * Null-safe: a missing or unreadable value falls back to the default.
 */
public final class RegistrationConfig {

    /** {@code pow} (self-hosted proof of work, the default) or {@code recaptcha}. */
    public static final String CAPTCHA = "magRegistrationCaptcha";
    public static final String CAPTCHA_POW = "pow";
    public static final String CAPTCHA_RECAPTCHA = "recaptcha";
    /** Proof-of-work difficulty: the secret number lies in [0, this]; the browser tries half of it on average. */
    public static final String POW_MAX_NUMBER = "magRegistrationPowMaxNumber";
    /** How long a captcha challenge can be solved, seconds. */
    public static final String CAPTCHA_VALIDITY_SECONDS = "magRegistrationCaptchaValiditySeconds";
    public static final String RECAPTCHA_SITE_KEY = "magRecaptchaSiteKey";
    public static final String RECAPTCHA_SECRET = "magRecaptchaSecret";
    /** {@code google.com} or {@code recaptcha.net}. */
    public static final String RECAPTCHA_DOMAIN = "magRecaptchaDomain";
    /** Requests to the registration endpoint one client address may make per window (0 = no limit). */
    public static final String RATE_LIMIT = "magRegistrationRateLimit";
    public static final String RATE_LIMIT_WINDOW_SECONDS = "magRegistrationRateLimitWindowSeconds";

    /**
     * How many Application Administrators one registration may designate besides the Organization
     * Administrator. Capped at {@value #MAX_APPLICATION_ADMINISTRATORS_CEILING} whatever the
     * attribute says: the request row keeps the administrators' ids in a 1024-character column.
     */
    public static final String MAX_APPLICATION_ADMINISTRATORS = "magRegistrationMaxApplicationAdministrators";
    static final int DEFAULT_MAX_APPLICATION_ADMINISTRATORS = 10;
    static final int MAX_APPLICATION_ADMINISTRATORS_CEILING = 25;

    /** How long an approval email's First Time Login link verifies the address, days. */
    public static final String APPROVAL_LINK_VALIDITY_DAYS = FirstTimeLoginLinks.VALIDITY_DAYS;

    static final long DEFAULT_POW_MAX_NUMBER = 100_000;
    static final int DEFAULT_CAPTCHA_VALIDITY_SECONDS = 600;
    static final int DEFAULT_RATE_LIMIT = 60;
    static final int DEFAULT_RATE_LIMIT_WINDOW_SECONDS = 600;

    private final RealmModel realm;

    public RegistrationConfig(RealmModel realm) {
        this.realm = realm;
    }

    public String captcha() {
        return CAPTCHA_RECAPTCHA.equalsIgnoreCase(string(CAPTCHA, CAPTCHA_POW)) ? CAPTCHA_RECAPTCHA : CAPTCHA_POW;
    }

    public long powMaxNumber() {
        return Math.max(1, number(POW_MAX_NUMBER, DEFAULT_POW_MAX_NUMBER));
    }

    public int captchaValiditySeconds() {
        return (int) Math.max(30, number(CAPTCHA_VALIDITY_SECONDS, DEFAULT_CAPTCHA_VALIDITY_SECONDS));
    }

    public String recaptchaSiteKey() {
        return string(RECAPTCHA_SITE_KEY, "");
    }

    public String recaptchaSecret() {
        return string(RECAPTCHA_SECRET, "");
    }

    public String recaptchaDomain() {
        return "recaptcha.net".equals(string(RECAPTCHA_DOMAIN, "google.com")) ? "recaptcha.net" : "google.com";
    }

    public int rateLimit() {
        return (int) Math.max(0, number(RATE_LIMIT, DEFAULT_RATE_LIMIT));
    }

    public int rateLimitWindowSeconds() {
        return (int) Math.max(1, number(RATE_LIMIT_WINDOW_SECONDS, DEFAULT_RATE_LIMIT_WINDOW_SECONDS));
    }

    public int maxApplicationAdministrators() {
        long value = number(MAX_APPLICATION_ADMINISTRATORS, DEFAULT_MAX_APPLICATION_ADMINISTRATORS);
        return (int) Math.max(1, Math.min(MAX_APPLICATION_ADMINISTRATORS_CEILING, value));
    }

    public int approvalLinkValiditySeconds() {
        // One rule for every First Time Login link (approval emails and created users' emails).
        return FirstTimeLoginLinks.validitySeconds(realm);
    }

    private String string(String key, String fallback) {
        String value = realm.getAttribute(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private long number(String key, long fallback) {
        try {
            return Long.parseLong(string(key, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
