package io.mag.keycloak.access.request.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Row of MAG_ACCESS_REQUEST (mag-access-request/001-access-request.xml): a user's request for
 * access to a partner application through their organization. {@code OPEN_KEY} is unique: while
 * the request is pending it is {@code <user>|<client>}, so a double submit finds (or collides
 * with) the pending row on every database; once decided it is the row's own id.
 */
@Entity
@Table(name = "MAG_ACCESS_REQUEST")
@NamedQueries({
        @NamedQuery(name = "magAccessRequestByOpenKey",
                query = "select r from AccessRequestEntity r where r.openKey = :openKey"),
        @NamedQuery(name = "magAccessRequestsPendingFor",
                query = "select r from AccessRequestEntity r where r.realmId = :realmId and r.organizationId = :organizationId"
                        + " and r.clientId = :clientId and r.status = 'PENDING' order by r.createdAt, r.id"),
        @NamedQuery(name = "magAccessRequestsOfUser",
                query = "select r from AccessRequestEntity r where r.realmId = :realmId and r.userId = :userId order by r.createdAt desc, r.id"),
        @NamedQuery(name = "magDeleteAccessRequestsOfRealm",
                query = "delete from AccessRequestEntity r where r.realmId = :realmId"),
        @NamedQuery(name = "magDeleteAccessRequestsOfUser",
                query = "delete from AccessRequestEntity r where r.userId = :userId"),
        @NamedQuery(name = "magDeleteAccessRequestsOfOrganization",
                query = "delete from AccessRequestEntity r where r.organizationId = :organizationId"),
        @NamedQuery(name = "magDeleteAccessRequestsOfClient",
                query = "delete from AccessRequestEntity r where r.clientId = :clientId")
})
public class AccessRequestEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "ORGANIZATION_ID", length = 36)
    private String organizationId;

    /** The client's internal id. */
    @Column(name = "CLIENT_ID", length = 36)
    private String clientId;

    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "STATUS", length = 16)
    private String status;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Column(name = "CREATED_AT")
    private long createdAt;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "OPEN_KEY", length = 80)
    private String openKey;

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

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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

    public String getOpenKey() {
        return openKey;
    }

    public void setOpenKey(String openKey) {
        this.openKey = openKey;
    }

    public int getVersion() {
        return version;
    }
}
