package io.mag.keycloak.common.outbox;

import org.keycloak.Config;

/**
 * The outbox's options, on the scope of its entity provider:
 * {@code --spi-jpa-entity-provider--mag-email-outbox--<option>}.
 *
 * @param resendIntervalSeconds how often the cluster-wide task looks for unsent emails; 0: never
 * @param graceSeconds          how long after its transaction (or a failed attempt) an email is
 *                              left to the node that wrote it before the task sends it
 * @param maxAttempts           failed attempts after which an email is given up (logged as an error)
 * @param retentionDays         how long sent (and given-up) rows are kept for the record
 */
public record OutboxSettings(long resendIntervalSeconds, long graceSeconds, int maxAttempts, int retentionDays) {

    public static final String RESEND_INTERVAL_SECONDS = "resend-interval-seconds";
    public static final String GRACE_SECONDS = "grace-seconds";
    public static final String MAX_ATTEMPTS = "max-attempts";
    public static final String RETENTION_DAYS = "retention-days";

    public static final OutboxSettings DEFAULTS = new OutboxSettings(60, 120, 10, 7);

    public static OutboxSettings from(Config.Scope config) {
        if (config == null) {
            return DEFAULTS;
        }
        return new OutboxSettings(
                Math.max(0, config.getLong(RESEND_INTERVAL_SECONDS, DEFAULTS.resendIntervalSeconds)),
                Math.max(0, config.getLong(GRACE_SECONDS, DEFAULTS.graceSeconds)),
                Math.max(1, config.getInt(MAX_ATTEMPTS, DEFAULTS.maxAttempts)),
                Math.max(1, config.getInt(RETENTION_DAYS, DEFAULTS.retentionDays)));
    }

    long graceMillis() {
        return graceSeconds * 1000L;
    }
}
