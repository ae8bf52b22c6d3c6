package io.mag.keycloak.common.outbox;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.email.EmailException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import io.mag.keycloak.common.AfterCommit;
import io.mag.keycloak.common.outbox.jpa.EmailOutboxJpaEntityProviderFactory;
import io.mag.keycloak.common.outbox.jpa.OutboxEmailEntity;

/**
 * Emails that must not be lost when a node dies after the commit of what they announce (an
 * approval). {@link #enqueue} renders the email now and writes it to MAG_EMAIL_OUTBOX in the
 * caller's transaction: it exists if and only if what it announces was committed. After the
 * commit the same node sends it and marks it sent; a row left unsent (the node died, the mail
 * server refused) is sent by a cluster-wide periodic task once its grace period has passed. Each
 * email goes out once in normal operation, at least once after a crash.
 */
public final class EmailOutbox {

    private final KeycloakSession session;
    private final RealmModel realm;

    public EmailOutbox(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Renders the template for {@code recipient} (the realm's email theme, the recipient's locale),
     * stores it in the current transaction and sends it after the commit.
     *
     * @param what names the email in log lines, e.g. "Approval email of registration 1234" (never user input)
     * @return false when the recipient has no email address (nothing stored)
     * @throws EmailException when the template cannot be rendered (nothing stored)
     */
    public boolean enqueue(UserModel recipient, String subjectKey, List<Object> subjectAttributes, String template,
                           Map<String, Object> attributes, String what) throws EmailException {
        return enqueue(recipient, subjectKey, subjectAttributes, template, attributes, what, null);
    }

    /**
     * {@link #enqueue(UserModel, String, List, String, Map, String)}, and when the send right after
     * the commit fails, {@code onSendFailed} runs in that send's transaction (e.g. to record an
     * error event); the outbox retries the email all the same. Not run for the retries.
     */
    public boolean enqueue(UserModel recipient, String subjectKey, List<Object> subjectAttributes, String template,
                           Map<String, Object> attributes, String what,
                           BiConsumer<KeycloakSession, RealmModel> onSendFailed) throws EmailException {
        if (recipient.getEmail() == null || recipient.getEmail().isBlank()) {
            return false;
        }
        // The realm's email theme is looked up through the context's realm.
        RealmModel contextRealm = session.getContext().getRealm();
        session.getContext().setRealm(realm);
        RenderedEmail email;
        try {
            email = new EmailRenderer(session, realm, recipient).render(subjectKey, subjectAttributes, template, attributes);
        } finally {
            session.getContext().setRealm(contextRealm);
        }
        OutboxSettings settings = settings(session);
        long now = Time.currentTimeMillis();
        OutboxEmailEntity row = new OutboxEmailEntity();
        row.setId(KeycloakModelUtils.generateId());
        row.setRealmId(realm.getId());
        row.setRecipient(email.recipient());
        row.setSubject(email.subject());
        row.setTextBody(email.textBody());
        row.setHtmlBody(email.htmlBody());
        row.setDescription(what.length() > 255 ? what.substring(0, 255) : what);
        row.setCreatedAt(now);
        row.setDueAt(now + settings.graceMillis());
        row.setAttempts(0);
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        em.persist(row);
        String id = row.getId();
        AfterCommit.run(session, realm, what, (inner, innerRealm) -> {
            if (!OutboxDelivery.deliver(inner, id, settings) && onSendFailed != null) {
                onSendFailed.accept(inner, innerRealm);
            }
        });
        return true;
    }

    /** The options the outbox's entity provider was started with. */
    static OutboxSettings settings(KeycloakSession session) {
        Object factory = session.getKeycloakSessionFactory()
                .getProviderFactory(JpaEntityProvider.class, EmailOutboxJpaEntityProviderFactory.PROVIDER_ID);
        return factory instanceof EmailOutboxJpaEntityProviderFactory outbox ? outbox.settings() : OutboxSettings.DEFAULTS;
    }
}
