package io.mag.keycloak.otp.reminder;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/** Sends the OTP expiry reminders that are due in a realm. */
public interface ExpiryReminderProvider extends Provider {

    /** Sends what is due in this realm now; returns how many reminders were sent. */
    int run(RealmModel realm);
}
