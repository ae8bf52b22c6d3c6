package io.mag.keycloak.connection.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Row of MAG_ACCOUNT_CONNECTION (created by mag-account-connection/001-account-connection.xml). */
@Entity
@Table(name = "MAG_ACCOUNT_CONNECTION")
@NamedQueries({
        @NamedQuery(name = "magConnectionByChild",
                query = "select c from AccountConnectionEntity c where c.realmId = :realmId and c.childId = :childId"),
        @NamedQuery(name = "magConnectionsByParent",
                query = "select c from AccountConnectionEntity c where c.realmId = :realmId and c.parentId = :parentId order by c.createdAt, c.id"),
        @NamedQuery(name = "magConnectionsOfParentCount",
                query = "select count(c) from AccountConnectionEntity c where c.realmId = :realmId and c.parentId = :parentId"),
        @NamedQuery(name = "magConnectionsByRealm",
                query = "select c from AccountConnectionEntity c where c.realmId = :realmId order by c.createdAt, c.id"),
        @NamedQuery(name = "magConnectionsOfRealmCount",
                query = "select count(c) from AccountConnectionEntity c where c.realmId = :realmId"),
        @NamedQuery(name = "magDeleteConnection",
                query = "delete from AccountConnectionEntity c where c.realmId = :realmId and c.parentId = :parentId and c.childId = :childId"),
        @NamedQuery(name = "magDeleteConnectionsOfUser",
                query = "delete from AccountConnectionEntity c where c.realmId = :realmId and (c.parentId = :userId or c.childId = :userId)"),
        @NamedQuery(name = "magDeleteConnectionsOfRealm",
                query = "delete from AccountConnectionEntity c where c.realmId = :realmId")
})
public class AccountConnectionEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "PARENT_ID", length = 36, nullable = false)
    private String parentId;

    @Column(name = "CHILD_ID", length = 36, nullable = false, unique = true)
    private String childId;

    /** Epoch milliseconds. */
    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "CREATED_BY", length = 36, nullable = false)
    private String createdBy;

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

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getChildId() {
        return childId;
    }

    public void setChildId(String childId) {
        this.childId = childId;
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
}
