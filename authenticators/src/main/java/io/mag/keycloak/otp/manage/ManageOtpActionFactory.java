package io.mag.keycloak.otp.manage;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

import io.mag.keycloak.otp.reminder.ExpiryReminderScheduler;

/**
 * "Manage OTP": see and renew OTP subscriptions, or start setting up a new credential. Started as
 * an application-initiated action ({@code kc_action=mag-manage-otp}), e.g. from the account console.
 * Also schedules the OTP expiry reminders, whose interval is this provider's option
 * {@code reminder-interval-minutes} (default 60, 0 disables).
 */
public final class ManageOtpActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "mag-manage-otp";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new ManageOtpAction();
    }

    @Override
    public String getDisplayText() {
        return "Manage OTP";
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }

    private long reminderIntervalMinutes = ExpiryReminderScheduler.DEFAULT_INTERVAL_MINUTES;

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

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
