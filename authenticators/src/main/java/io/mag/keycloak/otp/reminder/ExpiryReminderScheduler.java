package io.mag.keycloak.otp.reminder;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

/**
 * Schedules {@link ExpiryReminderTask} on Keycloak's TimerProvider through a
 * ClusterAwareScheduledTaskRunner (one node of the cluster runs it per interval). The interval is
 * {@code --spi-mag-otp-expiry-reminders--default--interval-minutes=60} (0 disables). The option's
 * former name, {@code --spi-required-action--mag-manage-otp--reminder-interval-minutes}, still
 * works when the new one is not set.
 */
public final class ExpiryReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ExpiryReminderScheduler.class);

    static final String INTERVAL_MINUTES = "interval-minutes";
    /** The option's former name, on the Manage OTP required action's scope. */
    static final String FORMER_INTERVAL_MINUTES = "reminder-interval-minutes";
    public static final long DEFAULT_INTERVAL_MINUTES = 60;

    private ExpiryReminderScheduler() {
    }

    /** Where the option used to live: {@code --spi-required-action--mag-manage-otp--...}. */
    static Config.Scope formerScope() {
        return Config.scope("required-action", "mag-manage-otp");
    }

    /** The interval: the option if set, else its former name, else the default; negative values mean the default. */
    static long intervalMinutes(Config.Scope config, Config.Scope former) {
        Long value = config == null ? null : config.getLong(INTERVAL_MINUTES);
        if (value == null && former != null) {
            value = former.getLong(FORMER_INTERVAL_MINUTES);
            if (value != null) {
                LOG.warnf("--spi-required-action--mag-manage-otp--%s is deprecated: use --spi-%s--%s--%s",
                        FORMER_INTERVAL_MINUTES, ExpiryReminderSpi.NAME, ScheduledExpiryReminderProviderFactory.PROVIDER_ID,
                        INTERVAL_MINUTES);
            }
        }
        return value == null || value < 0 ? DEFAULT_INTERVAL_MINUTES : value;
    }

    static void schedule(KeycloakSessionFactory factory, long intervalMinutes) {
        if (intervalMinutes == 0) {
            LOG.infof("OTP expiry reminders disabled (%s=0)", INTERVAL_MINUTES);
            return;
        }
        long intervalMillis = intervalMinutes * 60_000L;
        try (KeycloakSession session = factory.create()) {
            TimerProvider timer = session.getProvider(TimerProvider.class);
            timer.schedule(new ClusterAwareScheduledTaskRunner(factory, new ExpiryReminderTask(), intervalMillis),
                    intervalMillis, ExpiryReminderTask.NAME);
        }
        LOG.infof("OTP expiry reminders scheduled every %d minute(s)", intervalMinutes);
    }

    static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(INTERVAL_MINUTES).type(ProviderConfigProperty.INTEGER_TYPE)
                .label("Reminder interval (minutes)")
                .helpText("How often the cluster-wide task sends due OTP expiry reminders; 0 disables it.")
                .defaultValue(DEFAULT_INTERVAL_MINUTES)
                .add().build();
    }

}
