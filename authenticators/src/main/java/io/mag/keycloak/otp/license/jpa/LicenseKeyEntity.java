package io.mag.keycloak.otp.license.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Row of MAG_OTP_LICENSE_KEY (created by mag-otp-license-key/001-otp-license-key.xml). Holds the
 * SHA-256 of the key, never the key.
 */
@Entity
@Table(name = "MAG_OTP_LICENSE_KEY")
@NamedQueries({
        @NamedQuery(name = "magLicenseKeyByHash",
                query = "select k from LicenseKeyEntity k where k.realmId = :realmId and k.keyHash = :keyHash"),
        @NamedQuery(name = "magLicenseKeyRedeem",
                query = "update LicenseKeyEntity k set k.redeemedAt = :now, k.redeemedCredentialId = :credentialId"
                        + " where k.realmId = :realmId and k.keyHash = :keyHash and k.userId = :userId and k.redeemedAt is null"),
        @NamedQuery(name = "magLicenseKeysOfUser",
                query = "select k from LicenseKeyEntity k where k.realmId = :realmId and k.userId = :userId order by k.createdAt, k.id"),
        @NamedQuery(name = "magDeleteLicenseKeysOfUser",
                query = "delete from LicenseKeyEntity k where k.realmId = :realmId and k.userId = :userId"),
        @NamedQuery(name = "magDeleteLicenseKeysOfRealm",
                query = "delete from LicenseKeyEntity k where k.realmId = :realmId")
})
public class LicenseKeyEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    /** The only user who can redeem it. */
    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    /** Lowercase hex SHA-256 of the normalized key. */
    @Column(name = "KEY_HASH", length = 64, nullable = false, unique = true)
    private String keyHash;

    /** Epoch milliseconds. */
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "CREATED_BY", length = 36, nullable = false)
    private String createdBy;

    /** Epoch milliseconds; null until redeemed. */
    @Column(name = "REDEEMED_AT")
    private Long redeemedAt;

    @Column(name = "REDEEMED_CREDENTIAL_ID", length = 36)
    private String redeemedCredentialId;

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

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public void setKeyHash(String keyHash) {
        this.keyHash = keyHash;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Long getRedeemedAt() {
        return redeemedAt;
    }

    public void setRedeemedAt(Long redeemedAt) {
        this.redeemedAt = redeemedAt;
    }

    public String getRedeemedCredentialId() {
        return redeemedCredentialId;
    }

    public void setRedeemedCredentialId(String redeemedCredentialId) {
        this.redeemedCredentialId = redeemedCredentialId;
    }
}
