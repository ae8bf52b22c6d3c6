package io.mag.keycloak.access.subscription.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Row of MAG_APP_SUBSCRIPTION (mag-subscription/001-app-subscription.xml): an organization's
 * subscription to one partner application. One row per organization and application, reused
 * when the organization subscribes again (the history is in the events). {@link #getVersion()}
 * lets only one of two concurrent changes of a row win.
 */
@Entity
@Table(name = "MAG_APP_SUBSCRIPTION")
@NamedQueries({
        @NamedQuery(name = "magSubscriptionByPair",
                query = "select s from SubscriptionEntity s where s.realmId = :realmId and s.organizationId = :organizationId and s.clientId = :clientId"),
        @NamedQuery(name = "magSubscriptionsByRealm",
                query = "select s from SubscriptionEntity s where s.realmId = :realmId order by s.createdAt, s.id"),
        @NamedQuery(name = "magSubscriptionsByClients",
                query = "select s from SubscriptionEntity s where s.realmId = :realmId and s.clientId in :clientIds order by s.createdAt, s.id"),
        @NamedQuery(name = "magSubscriptionsByOrganization",
                query = "select s from SubscriptionEntity s where s.realmId = :realmId and s.organizationId = :organizationId order by s.createdAt, s.id"),
        @NamedQuery(name = "magDeleteSubscriptionsOfRealm",
                query = "delete from SubscriptionEntity s where s.realmId = :realmId"),
        @NamedQuery(name = "magDeleteSubscriptionsOfOrganization",
                query = "delete from SubscriptionEntity s where s.organizationId = :organizationId"),
        @NamedQuery(name = "magDeleteSubscriptionsOfClient",
                query = "delete from SubscriptionEntity s where s.clientId = :clientId")
})
public class SubscriptionEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "ORGANIZATION_ID", length = 36)
    private String organizationId;

    /** The client's internal id (not its clientId, which an operator may rename). */
    @Column(name = "CLIENT_ID", length = 36)
    private String clientId;

    @Column(name = "STATUS", length = 16)
    private String status;

    @Column(name = "ORIGIN", length = 32)
    private String origin;

    @Column(name = "OFFERED_BY", length = 36)
    private String offeredBy;

    @Column(name = "CREATED_AT")
    private long createdAt;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "ENDED_AT")
    private Long endedAt;

    @Column(name = "ENDED_BY", length = 36)
    private String endedBy;

    @Column(name = "END_REASON", length = 500)
    private String endReason;

    @Version
    @Column(name = "VERSION")
    private int version;

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

    public String getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(String organizationId) {
        this.organizationId = organizationId;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getOfferedBy() {
        return offeredBy;
    }

    public void setOfferedBy(String offeredBy) {
        this.offeredBy = offeredBy;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Long decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Long getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(Long endedAt) {
        this.endedAt = endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public void setEndedBy(String endedBy) {
        this.endedBy = endedBy;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public int getVersion() {
        return version;
    }
}
