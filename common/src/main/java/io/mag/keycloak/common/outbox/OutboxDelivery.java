package io.mag.keycloak.common.outbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.outbox.jpa.OutboxEmailEntity;

/**
 * Sends one outbox row, in the caller's transaction, and marks it sent. The row is locked first
 * (SELECT ... FOR UPDATE): the node that wrote it (right after its commit) and the periodic task
 * (after the grace period) never both send it; whoever comes second finds it sent. A node that dies
 * between the SMTP server's acceptance and the commit of "sent" leaves the row unsent, and the
 * task sends it again: at least once after a crash, exactly once otherwise.
 */
final class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);

    private OutboxDelivery() {
    }

    /** @return false when the mail server refused it this time (it stays unsent, to be retried), true otherwise */
    static boolean deliver(KeycloakSession session, String id, OutboxSettings settings) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        OutboxEmailEntity row = em.find(OutboxEmailEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.getSentAt() != null) {
            return true;
        }
        RealmModel realm = session.realms().getRealm(row.getRealmId());
        if (realm == null) {
            em.remove(row);
            return true;
        }
        session.getContext().setRealm(realm);
        long now = Time.currentTimeMillis();
        try {
            session.getProvider(EmailSenderProvider.class)
                    .send(realm.getSmtpConfig(), row.getRecipient(), row.getSubject(), row.getTextBody(), row.getHtmlBody());
        } catch (EmailException | RuntimeException e) {
            row.setAttempts(row.getAttempts() + 1);
            row.setDueAt(now + settings.graceMillis());
            if (row.getAttempts() >= settings.maxAttempts()) {
                LOG.errorf(e, "%s (outbox email %s) given up after %d failed attempts", row.getDescription(), id, row.getAttempts());
            } else {
                LOG.warnf(e, "%s (outbox email %s) failed, attempt %d; retried after %d s", row.getDescription(), id,
                        row.getAttempts(), settings.graceSeconds());
            }
            return false;
        }
        row.setSentAt(now);
        row.setAttempts(row.getAttempts() + 1);
        // The bodies may hold signed links: not kept once they have done their job.
        row.setSubject(null);
        row.setTextBody(null);
        row.setHtmlBody(null);
        LOG.debugf("%s (outbox email %s) sent", row.getDescription(), id);
        return true;
    }
}
