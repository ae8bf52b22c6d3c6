package io.mag.keycloak.onboarding.registration.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Row of MAG_ORG_REGISTRATION (created by mag-registration/001-org-registration.xml): one
 * organization's registration request. {@link #getVersion()} makes two concurrent decisions
 * on one request end with one result (the second fails with an optimistic-lock error).
 */
@Entity
@Table(name = "MAG_ORG_REGISTRATION")
@NamedQueries({
        @NamedQuery(name = "magRegistrationsByStatus",
                query = "select r from OrgRegistrationEntity r where r.realmId = :realmId and r.status = :status order by r.submittedAt, r.id"),
        @NamedQuery(name = "magRegistrationsByRealm",
                query = "select r from OrgRegistrationEntity r where r.realmId = :realmId order by r.submittedAt, r.id"),
        @NamedQuery(name = "magRegistrationByOrganization",
                query = "select r from OrgRegistrationEntity r where r.realmId = :realmId and r.organizationId = :organizationId"),
        @NamedQuery(name = "magRegistrationActiveNameCount",
                query = "select count(r) from OrgRegistrationEntity r where r.realmId = :realmId and r.activeNameKey = :nameKey"),
        @NamedQuery(name = "magDeleteRegistrationsOfRealm",
                query = "delete from OrgRegistrationEntity r where r.realmId = :realmId")
})
public class OrgRegistrationEntity {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Column(name = "ORGANIZATION_ID", length = 36)
    private String organizationId;

    @Column(name = "ORG_NAME", length = 255)
    private String orgName;

    @Column(name = "ACTIVE_NAME_KEY", length = 255)
    private String activeNameKey;

    @Column(name = "STATUS", length = 16)
    private String status;

    @Column(name = "CONTACT_EMAIL", length = 255)
    private String contactEmail;

    @Column(name = "INVITATION_ID", length = 36)
    private String invitationId;

    @Column(name = "PARTNER_ORG_ID", length = 36)
    private String partnerOrgId;

    @Column(name = "INVITER_USER_ID", length = 36)
    private String inviterUserId;

    @Column(name = "CLIENT_ID", length = 255)
    private String clientId;

    @Column(name = "ADMIN_USER_IDS", length = 1024)
    private String adminUserIds;

    @Column(name = "ORG_ADMIN_USER_ID", length = 36)
    private String orgAdminUserId;

    @Column(name = "APP_ADMIN_USER_IDS", length = 1024)
    private String appAdminUserIds;

    @Column(name = "SUBMITTED_AT")
    private long submittedAt;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "REASON", length = 2000)
    private String reason;

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


    public String getOrgName() {
        return orgName;
    }


    public void setOrgName(String orgName) {
        this.orgName = orgName;
    }


    public String getActiveNameKey() {
        return activeNameKey;
    }


    public void setActiveNameKey(String activeNameKey) {
        this.activeNameKey = activeNameKey;
    }


    public String getStatus() {
        return status;
    }


    public void setStatus(String status) {
        this.status = status;
    }


    public String getContactEmail() {
        return contactEmail;
    }


    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }


    public String getInvitationId() {
        return invitationId;
    }


    public void setInvitationId(String invitationId) {
        this.invitationId = invitationId;
    }


    public String getPartnerOrgId() {
        return partnerOrgId;
    }


    public void setPartnerOrgId(String partnerOrgId) {
        this.partnerOrgId = partnerOrgId;
    }


    public String getInviterUserId() {
        return inviterUserId;
    }


    public void setInviterUserId(String inviterUserId) {
        this.inviterUserId = inviterUserId;
    }


    public String getClientId() {
        return clientId;
    }


    public void setClientId(String clientId) {
        this.clientId = clientId;
    }


    public String getAdminUserIds() {
        return adminUserIds;
    }


    public void setAdminUserIds(String adminUserIds) {
        this.adminUserIds = adminUserIds;
    }


    public String getOrgAdminUserId() {
        return orgAdminUserId;
    }


    public void setOrgAdminUserId(String orgAdminUserId) {
        this.orgAdminUserId = orgAdminUserId;
    }


    public String getAppAdminUserIds() {
        return appAdminUserIds;
    }


    public void setAppAdminUserIds(String appAdminUserIds) {
        this.appAdminUserIds = appAdminUserIds;
    }


    public long getSubmittedAt() {
        return submittedAt;
    }


    public void setSubmittedAt(long submittedAt) {
        this.submittedAt = submittedAt;
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


    public String getReason() {
        return reason;
    }


    public void setReason(String reason) {
        this.reason = reason;
    }


    public int getVersion() {
        return version;
    }

}
