package io.mag.keycloak.access.request;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.access.request.jpa.AccessRequestEntity;

/** Access requests in MAG_ACCESS_REQUEST, through the session's EntityManager (Keycloak's transaction). */
public final class AccessRequests {

    private final EntityManager em;

    public AccessRequests(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** The key that is unique while a request is pending: one open request per user and application. */
    static String openKey(String userId, String clientId) {
        return userId + "|" + clientId;
    }

    public void add(AccessRequestEntity entity) {
        em.persist(entity);
        // Now, so that the unique open key decides a double submit here.
        em.flush();
    }

    public Optional<AccessRequestEntity> find(RealmModel realm, String id) {
        AccessRequestEntity entity = id == null ? null : em.find(AccessRequestEntity.class, id);
        return Optional.ofNullable(entity).filter(e -> e.getRealmId().equals(realm.getId()));
    }

    /** The user's pending request for the application (client internal id), if any. */
    public Optional<AccessRequestEntity> pending(RealmModel realm, String userId, String clientId) {
        return em.createNamedQuery("magAccessRequestByOpenKey", AccessRequestEntity.class)
                .setParameter("openKey", openKey(userId, clientId))
                .getResultStream()
                .filter(r -> r.getRealmId().equals(realm.getId()))
                .findFirst();
    }

    /** The pending requests of an organization for one application, oldest first. */
    public List<AccessRequestEntity> pendingFor(RealmModel realm, String organizationId, String clientId) {
        return em.createNamedQuery("magAccessRequestsPendingFor", AccessRequestEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("organizationId", organizationId)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    public List<AccessRequestEntity> ofUser(RealmModel realm, String userId) {
        return em.createNamedQuery("magAccessRequestsOfUser", AccessRequestEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .setMaxResults(100)
                .getResultList();
    }

    /** Cancels the pending requests of an organization for an application (its subscription ended). */
    public void cancelPending(RealmModel realm, String organizationId, String clientId, long now) {
        for (AccessRequestEntity request : pendingFor(realm, organizationId, clientId)) {
            request.setStatus(AccessRequestStatus.CANCELLED.name());
            request.setDecidedAt(now);
            request.setOpenKey(request.getId());
        }
    }

    /** Writes pending changes now, so that a concurrent decision on the same row fails here. */
    public void flush() {
        em.flush();
    }

    public void removeRealm(String realmId) {
        em.createNamedQuery("magDeleteAccessRequestsOfRealm").setParameter("realmId", realmId).executeUpdate();
    }

    public void removeUser(String userId) {
        em.createNamedQuery("magDeleteAccessRequestsOfUser").setParameter("userId", userId).executeUpdate();
    }

    public void removeOrganization(String organizationId) {
        em.createNamedQuery("magDeleteAccessRequestsOfOrganization").setParameter("organizationId", organizationId).executeUpdate();
    }

    public void removeClient(String clientId) {
        em.createNamedQuery("magDeleteAccessRequestsOfClient").setParameter("clientId", clientId).executeUpdate();
    }
}
