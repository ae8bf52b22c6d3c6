package io.mag.keycloak.onboarding.invitation.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Row of MAG_ORG_INVITATION (created by mag-invitation/001-org-invitation.xml). */
@Entity
@Table(name = "MAG_ORG_INVITATION")
@NamedQueries({
        @NamedQuery(name = "magInvitationsByPartner",
                query = "select i from InvitationEntity i where i.realmId = :realmId and i.partnerOrganizationId = :partnerId"
                        + " order by i.createdAt desc, i.id"),
        @NamedQuery(name = "magInvitationsByPartnerAndEmail",
                query = "select i from InvitationEntity i where i.realmId = :realmId and i.partnerOrganizationId = :partnerId"
                        + " and i.contactEmail = :email order by i.createdAt desc, i.id"),
        @NamedQuery(name = "magDeleteInvitationsOfRealm",
                query = "delete from InvitationEntity i where i.realmId = :realmId")
})
public class InvitationEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "PARTNER_ORG_ID", length = 36, nullable = false)
    private String partnerOrganizationId;

    @Column(name = "INVITER_USER_ID", length = 36, nullable = false)
    private String inviterUserId;

    @Column(name = "COMPANY_NAME", length = 255, nullable = false)
    private String companyName;

    @Column(name = "CONTACT_EMAIL", length = 255, nullable = false)
    private String contactEmail;

    /** JSON array of client ids. */
    @Column(name = "SHARED_CLIENT_IDS", length = 4000, nullable = false)
    private String sharedClientIds;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    /** Epoch seconds, like the other times. */
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "LAST_SENT_AT", nullable = false)
    private long lastSentAt;

    @Column(name = "SEND_COUNT", nullable = false)
    private int sendCount;

    @Column(name = "LINK_ID", length = 36, nullable = false)
    private String linkId;

    @Column(name = "REGISTRATION_ID", length = 36)
    private String registrationId;

    /** The language of the invitation email; null: the realm's default. */
    @Column(name = "LOCALE", length = 35)
    private String locale;

    @Version
    @Column(name = "VERSION", nullable = false)
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

    public String getPartnerOrganizationId() {
        return partnerOrganizationId;
    }

    public void setPartnerOrganizationId(String partnerOrganizationId) {
        this.partnerOrganizationId = partnerOrganizationId;
    }

    public String getInviterUserId() {
        return inviterUserId;
    }

    public void setInviterUserId(String inviterUserId) {
        this.inviterUserId = inviterUserId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getSharedClientIds() {
        return sharedClientIds;
    }

    public void setSharedClientIds(String sharedClientIds) {
        this.sharedClientIds = sharedClientIds;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public long getLastSentAt() {
        return lastSentAt;
    }

    public void setLastSentAt(long lastSentAt) {
        this.lastSentAt = lastSentAt;
    }

    public int getSendCount() {
        return sendCount;
    }

    public void setSendCount(int sendCount) {
        this.sendCount = sendCount;
    }

    public String getLinkId() {
        return linkId;
    }

    public void setLinkId(String linkId) {
        this.linkId = linkId;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(String registrationId) {
        this.registrationId = registrationId;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
