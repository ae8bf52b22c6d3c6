package io.mag.keycloak.otp.manage;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * "Manage OTP": see and renew OTP subscriptions, or start setting up a new credential. Started as
 * an application-initiated action ({@code kc_action=mag-manage-otp}), e.g. from the account console.
 * The expiry reminders have a factory of their own (ScheduledExpiryReminderProviderFactory).
 */
public final class ManageOtpActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-manage-otp";

    public ManageOtpActionFactory() {
        super(PROVIDER_ID, "Manage OTP", new ManageOtpAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
