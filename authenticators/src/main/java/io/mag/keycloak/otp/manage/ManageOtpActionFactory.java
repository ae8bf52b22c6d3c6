package io.mag.keycloak.otp.manage;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import io.mag.keycloak.common.StatelessRequiredActionFactory;
import io.mag.keycloak.otp.reminder.ExpiryReminderScheduler;

/**
 * "Manage OTP": see and renew OTP subscriptions, or start setting up a new credential. Started as
 * an application-initiated action ({@code kc_action=mag-manage-otp}), e.g. from the account console.
 * Also schedules the OTP expiry reminders, whose interval is this provider's option
 * {@code reminder-interval-minutes} (default 60, 0 disables).
 */
public final class ManageOtpActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-manage-otp";

    private long reminderIntervalMinutes = ExpiryReminderScheduler.DEFAULT_INTERVAL_MINUTES;

    public ManageOtpActionFactory() {
        super(PROVIDER_ID, "Manage OTP", new ManageOtpAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
        reminderIntervalMinutes = ExpiryReminderScheduler.intervalMinutes(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        ExpiryReminderScheduler.schedule(factory, reminderIntervalMinutes);
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ExpiryReminderScheduler.configProperties();
    }
}
