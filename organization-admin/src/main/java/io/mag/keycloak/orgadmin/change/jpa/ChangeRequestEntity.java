package io.mag.keycloak.orgadmin.change.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Row of MAG_CHANGE_REQUEST (mag-change-request/001-change-request.xml): a change of an
 * organization or a user that an operator approves or rejects. {@code OPEN_KEY} is
 * {@code <subject user or organization>|<kind>} while the request is pending and the row's id once
 * it is decided or withdrawn: its unique constraint makes a double submit one request on every
 * database. {@link #getVersion()} makes two concurrent decisions end with one result.
 */
@Entity
@Table(name = "MAG_CHANGE_REQUEST")
@NamedQueries({
        @NamedQuery(name = "magChangeRequestsByStatus",
                query = "select r from ChangeRequestEntity r where r.realmId = :realmId and r.status = :status order by r.createdAt, r.id"),
        @NamedQuery(name = "magChangeRequestsByRealm",
                query = "select r from ChangeRequestEntity r where r.realmId = :realmId order by r.createdAt, r.id"),
        @NamedQuery(name = "magChangeRequestByOpenKey",
                query = "select r from ChangeRequestEntity r where r.realmId = :realmId and r.openKey = :openKey"),
        @NamedQuery(name = "magChangeRequestsOfOrganization",
                query = "select r from ChangeRequestEntity r where r.realmId = :realmId and r.organizationId = :organizationId order by r.createdAt desc, r.id"),
        @NamedQuery(name = "magChangeRequestsOfUser",
                query = "select r from ChangeRequestEntity r where r.realmId = :realmId and (r.requesterId = :userId or r.subjectUserId = :userId) order by r.createdAt desc, r.id"),
        @NamedQuery(name = "magDeleteChangeRequestsOfRealm",
                query = "delete from ChangeRequestEntity r where r.realmId = :realmId"),
        @NamedQuery(name = "magDeleteChangeRequestsOfUser",
                query = "delete from ChangeRequestEntity r where r.realmId = :realmId and (r.requesterId = :userId or r.subjectUserId = :userId)"),
        @NamedQuery(name = "magDeleteChangeRequestsOfOrganization",
                query = "delete from ChangeRequestEntity r where r.organizationId = :organizationId")
})
public class ChangeRequestEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "ORGANIZATION_ID", length = 36)
    private String organizationId;

    @Column(name = "REQUESTER_ID", length = 36)
    private String requesterId;

    /** The user the change is about (email, legal name, new Organization Administrator); null for organization changes. */
    @Column(name = "SUBJECT_USER_ID", length = 36)
    private String subjectUserId;

    @Column(name = "KIND", length = 32)
    private String kind;

    /** The requested values as a JSON object. */
    @Column(name = "PAYLOAD", length = 4000)
    private String payload;

    @Column(name = "STATUS", length = 16)
    private String status;

    @Column(name = "REASON", length = 2000)
    private String reason;

    @Column(name = "CREATED_AT")
    private long createdAt;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "OPEN_KEY", length = 128)
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

    public String getRequesterId() {
        return requesterId;
    }

    public void setRequesterId(String requesterId) {
        this.requesterId = requesterId;
    }

    public String getSubjectUserId() {
        return subjectUserId;
    }

    public void setSubjectUserId(String subjectUserId) {
        this.subjectUserId = subjectUserId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
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
