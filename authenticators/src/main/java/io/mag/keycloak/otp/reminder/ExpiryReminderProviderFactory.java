package io.mag.keycloak.otp.reminder;

import org.keycloak.provider.ProviderFactory;

/** Factory of {@link ExpiryReminderProvider}; the default one also schedules the reminders. */
public interface ExpiryReminderProviderFactory extends ProviderFactory<ExpiryReminderProvider> {
}
