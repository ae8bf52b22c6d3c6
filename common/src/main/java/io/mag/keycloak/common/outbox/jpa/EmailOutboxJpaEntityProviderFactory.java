package io.mag.keycloak.common.outbox.jpa;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

import io.mag.keycloak.common.ChangelogEntityProviderFactory;
import io.mag.keycloak.common.outbox.OutboxResendTask;
import io.mag.keycloak.common.outbox.OutboxSettings;

/**
 * Registers MAG_EMAIL_OUTBOX with Keycloak's JPA setup and schedules the outbox's resend task.
 * The one provider of the common module: the table is shared by every capability that sends
 * emails, so it is registered once, where they all find it, and not by one of them. Deleting a
 * realm removes its rows.
 */
public final class EmailOutboxJpaEntityProviderFactory extends ChangelogEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-email-outbox";
    private static final Logger LOG = Logger.getLogger(EmailOutboxJpaEntityProviderFactory.class);

    private OutboxSettings settings = OutboxSettings.DEFAULTS;

    public EmailOutboxJpaEntityProviderFactory() {
        super(PROVIDER_ID, "DATABASECHANGELOG_MAG_EMAIL_", "META-INF/mag-email-outbox/changelog-master.xml",
                OutboxEmailEntity.class);
    }

    public OutboxSettings settings() {
        return settings;
    }

    @Override
    public void init(Config.Scope config) {
        settings = OutboxSettings.from(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(JpaConnectionProvider.class).getEntityManager()
                        .createNamedQuery("magOutboxDeleteOfRealm")
                        .setParameter("realmId", removed.getRealm().getId())
                        .executeUpdate();
            }
        });
        if (settings.resendIntervalSeconds() == 0) {
            LOG.warnf("The email outbox's resend task is off (%s=0): emails left unsent are not retried", OutboxSettings.RESEND_INTERVAL_SECONDS);
            return;
        }
        long intervalMillis = settings.resendIntervalSeconds() * 1000L;
        KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class).schedule(
                new ClusterAwareScheduledTaskRunner(factory, new OutboxResendTask(settings), intervalMillis),
                intervalMillis, OutboxResendTask.NAME));
        LOG.debugf("Email outbox: resend every %d s after a grace period of %d s", settings.resendIntervalSeconds(), settings.graceSeconds());
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(OutboxSettings.RESEND_INTERVAL_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("How often one node of the cluster sends outbox emails left unsent; 0 disables it.")
                .defaultValue(OutboxSettings.DEFAULTS.resendIntervalSeconds()).add()
                .property().name(OutboxSettings.GRACE_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds an email is left to the node that wrote it (or since a failed attempt) before the task sends it.")
                .defaultValue(OutboxSettings.DEFAULTS.graceSeconds()).add()
                .property().name(OutboxSettings.MAX_ATTEMPTS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Failed attempts after which an email is given up.")
                .defaultValue(OutboxSettings.DEFAULTS.maxAttempts()).add()
                .property().name(OutboxSettings.RETENTION_DAYS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Days sent and given-up rows are kept.")
                .defaultValue(OutboxSettings.DEFAULTS.retentionDays()).add()
                .build();
    }

}
