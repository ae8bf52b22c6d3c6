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
 * ClusterAwareScheduledTaskRunner (one node of the cluster runs it per interval). Configured as an
 * option of the {@code mag-manage-otp} required action:
 * {@code --spi-required-action--mag-manage-otp--reminder-interval-minutes=60} (0 disables).
 */
public final class ExpiryReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ExpiryReminderScheduler.class);

    static final String INTERVAL_MINUTES = "reminder-interval-minutes";
    public static final long DEFAULT_INTERVAL_MINUTES = 60;

    private ExpiryReminderScheduler() {
    }

    public static long intervalMinutes(Config.Scope config) {
        Long value = config == null ? null : config.getLong(INTERVAL_MINUTES);
        return value == null || value < 0 ? DEFAULT_INTERVAL_MINUTES : value;
    }

    public static void schedule(KeycloakSessionFactory factory, long intervalMinutes) {
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

    public static List<ProviderConfigProperty> configProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(INTERVAL_MINUTES).type(ProviderConfigProperty.INTEGER_TYPE)
                .label("Reminder interval (minutes)")
                .helpText("How often the cluster-wide task sends due OTP expiry reminders; 0 disables it.")
                .defaultValue(DEFAULT_INTERVAL_MINUTES)
                .add().build();
    }

}
