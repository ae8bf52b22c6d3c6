package io.mag.keycloak.otp.reminder;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The reminders as the gateway ships them: mails sent by {@link ExpiryReminders}, scheduled every
 * {@code --spi-mag-otp-expiry-reminders--default--interval-minutes} (default 60, 0 disables).
 */
public final class ScheduledExpiryReminderProviderFactory implements ExpiryReminderProviderFactory {

    public static final String PROVIDER_ID = "default";

    private long intervalMinutes = ExpiryReminderScheduler.DEFAULT_INTERVAL_MINUTES;

    @Override
    public ExpiryReminderProvider create(KeycloakSession session) {
        return new ExpiryReminders(session);
    }

    @Override
    public void init(Config.Scope config) {
        intervalMinutes = ExpiryReminderScheduler.intervalMinutes(config, ExpiryReminderScheduler.formerScope());
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        ExpiryReminderScheduler.schedule(factory, intervalMinutes);
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ExpiryReminderScheduler.configProperties();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
