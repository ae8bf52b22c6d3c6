package io.mag.keycloak.otp.reminder;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * The OTP expiry reminders, with options of their own:
 * {@code --spi-mag-otp-expiry-reminders--default--interval-minutes=60} (0 disables).
 */
public final class ExpiryReminderSpi implements Spi {

    public static final String NAME = "mag-otp-expiry-reminders";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return ExpiryReminderProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return ExpiryReminderProviderFactory.class;
    }
}
