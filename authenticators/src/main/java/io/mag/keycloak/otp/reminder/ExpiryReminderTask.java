package io.mag.keycloak.otp.reminder;

import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;

/** The scheduled task: expiry reminders of every realm. Run by ClusterAwareScheduledTaskRunner, so by one node per interval. */
final class ExpiryReminderTask implements ScheduledTask {

    static final String NAME = "mag-otp-expiry-reminders";

    @Override
    public void run(KeycloakSession session) {
        ExpiryReminders reminders = new ExpiryReminders(session);
        session.realms().getRealmsStream().toList().forEach(realm -> {
            session.getContext().setRealm(realm);
            reminders.run(realm);
        });
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
