package io.mag.keycloak.orgadmin.change;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/** The store of change requests (MAG_CHANGE_REQUEST), in the session's transaction. */
public final class ChangeRequests {

    private final EntityManager em;

    public ChangeRequests(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** {@code <subject>|<kind>}: what may be pending only once. */
    static String openKey(String subject, ChangeRequestKind kind) {
        return subject + "|" + kind.name();
    }

    void add(ChangeRequestEntity entity) {
        em.persist(entity);
        // Flush now so that the unique open key decides a race between two submits here.
        em.flush();
    }

    public Optional<ChangeRequestEntity> find(RealmModel realm, String id) {
        ChangeRequestEntity entity = id == null ? null : em.find(ChangeRequestEntity.class, id);
        return Optional.ofNullable(entity).filter(e -> e.getRealmId().equals(realm.getId()));
    }

    Optional<ChangeRequestEntity> pending(RealmModel realm, String openKey) {
        return em.createNamedQuery("magChangeRequestByOpenKey", ChangeRequestEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("openKey", openKey)
                .getResultStream()
                .findFirst();
    }

    /** Oldest first; {@code status} null: all. */
    public List<ChangeRequestEntity> list(RealmModel realm, ChangeRequestStatus status, int first, int max) {
        var query = status == null
                ? em.createNamedQuery("magChangeRequestsByRealm", ChangeRequestEntity.class)
                : em.createNamedQuery("magChangeRequestsByStatus", ChangeRequestEntity.class).setParameter("status", status.name());
        return query.setParameter("realmId", realm.getId())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(0, max))
                .getResultList();
    }

    /** The requests a user filed or that are about them, newest first. */
    public List<ChangeRequestEntity> ofUser(RealmModel realm, String userId, int max) {
        return em.createNamedQuery("magChangeRequestsOfUser", ChangeRequestEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .setMaxResults(max)
                .getResultList();
    }

    /** The requests of an organization, newest first. */
    public List<ChangeRequestEntity> ofOrganization(RealmModel realm, String organizationId, int max) {
        return em.createNamedQuery("magChangeRequestsOfOrganization", ChangeRequestEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("organizationId", organizationId)
                .setMaxResults(max)
                .getResultList();
    }

    void flush() {
        em.flush();
    }

    public void removeRealm(String realmId) {
        em.createNamedQuery("magDeleteChangeRequestsOfRealm").setParameter("realmId", realmId).executeUpdate();
    }

    public void removeUser(String realmId, String userId) {
        em.createNamedQuery("magDeleteChangeRequestsOfUser").setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }

    public void removeOrganization(String organizationId) {
        em.createNamedQuery("magDeleteChangeRequestsOfOrganization").setParameter("organizationId", organizationId).executeUpdate();
    }
}
