package io.mag.keycloak.common.outbox;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.ScheduledTask;

/**
 * The periodic task (one node of the cluster per interval, through Keycloak's
 * ClusterAwareScheduledTaskRunner): sends the outbox rows left unsent past their grace period,
 * each in a transaction of its own, then removes rows older than the retention period.
 */
public final class OutboxResendTask implements ScheduledTask {

    public static final String NAME = "mag-email-outbox-resend";
    private static final Logger LOG = Logger.getLogger(OutboxResendTask.class);
    /** Rows per run: a backlog is worked off over several intervals rather than in one long run. */
    private static final int BATCH = 200;

    private final OutboxSettings settings;

    public OutboxResendTask(OutboxSettings settings) {
        this.settings = settings;
    }

    @Override
    public void run(KeycloakSession session) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        long now = Time.currentTimeMillis();
        List<String> due = em.createNamedQuery("magOutboxDue", String.class)
                .setParameter("maxAttempts", settings.maxAttempts())
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        if (!due.isEmpty()) {
            LOG.infof("Sending %d outbox email(s) left unsent past their grace period", due.size());
        }
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        for (String id : due) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, inner -> OutboxDelivery.deliver(inner, id, settings));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Outbox email %s could not be sent", id);
            }
        }
        long before = now - settings.retentionDays() * 24L * 3600_000L;
        em.createNamedQuery("magOutboxDeleteSentBefore").setParameter("before", before).executeUpdate();
        em.createNamedQuery("magOutboxDeleteAbandonedBefore").setParameter("maxAttempts", settings.maxAttempts())
                .setParameter("before", before).executeUpdate();
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
