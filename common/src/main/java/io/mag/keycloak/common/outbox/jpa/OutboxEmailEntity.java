package io.mag.keycloak.common.outbox.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Row of MAG_EMAIL_OUTBOX (created by mag-email-outbox/001-email-outbox.xml): one rendered email,
 * written in the transaction of what it announces. {@code sentAt} null: not sent yet. Once sent,
 * the subject and bodies are cleared (they may hold signed links) and the row is kept a while
 * for the record.
 */
@Entity
@Table(name = "MAG_EMAIL_OUTBOX")
@NamedQueries({
        @NamedQuery(name = "magOutboxDue",
                query = "select e.id from OutboxEmailEntity e where e.sentAt is null and e.attempts < :maxAttempts"
                        + " and e.dueAt <= :now order by e.dueAt, e.id"),
        @NamedQuery(name = "magOutboxDeleteSentBefore",
                query = "delete from OutboxEmailEntity e where e.sentAt is not null and e.sentAt < :before"),
        @NamedQuery(name = "magOutboxDeleteAbandonedBefore",
                query = "delete from OutboxEmailEntity e where e.sentAt is null and e.attempts >= :maxAttempts and e.dueAt < :before"),
        @NamedQuery(name = "magOutboxDeleteOfRealm",
                query = "delete from OutboxEmailEntity e where e.realmId = :realmId")
})
public class OutboxEmailEntity {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "RECIPIENT", length = 320)
    private String recipient;

    @Column(name = "SUBJECT", length = 2000)
    private String subject;

    @Column(name = "TEXT_BODY", length = 1_000_000)
    private String textBody;

    @Column(name = "HTML_BODY", length = 1_000_000)
    private String htmlBody;

    /** What the email is, for log lines (never user input). */
    @Column(name = "DESCRIPTION", length = 255)
    private String description;

    @Column(name = "CREATED_AT")
    private long createdAt;

    /** When the periodic task may (re)send it: creation or last failed attempt plus the grace period. */
    @Column(name = "DUE_AT")
    private long dueAt;

    @Column(name = "ATTEMPTS")
    private int attempts;

    @Column(name = "SENT_AT")
    private Long sentAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public void setTextBody(String textBody) {
        this.textBody = textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public void setHtmlBody(String htmlBody) {
        this.htmlBody = htmlBody;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getDueAt() {
        return dueAt;
    }

    public void setDueAt(long dueAt) {
        this.dueAt = dueAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public Long getSentAt() {
        return sentAt;
    }

    public void setSentAt(Long sentAt) {
        this.sentAt = sentAt;
    }
}
