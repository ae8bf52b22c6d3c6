package io.mag.keycloak.access.subscription;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;

/** Subscriptions in MAG_APP_SUBSCRIPTION, through the session's EntityManager (Keycloak's transaction). */
public final class Subscriptions {

    private final EntityManager em;

    public Subscriptions(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    public void add(SubscriptionEntity entity) {
        em.persist(entity);
        // Now, so that the unique (realm, organization, client) key decides a race here.
        em.flush();
    }

    public Optional<SubscriptionEntity> find(RealmModel realm, String id) {
        SubscriptionEntity entity = id == null ? null : em.find(SubscriptionEntity.class, id);
        return Optional.ofNullable(entity).filter(e -> e.getRealmId().equals(realm.getId()));
    }

    /** The row of this organization and application (client internal id), whatever its status. */
    public Optional<SubscriptionEntity> find(RealmModel realm, String organizationId, String clientId) {
        return em.createNamedQuery("magSubscriptionByPair", SubscriptionEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("organizationId", organizationId)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst();
    }

    public List<SubscriptionEntity> list(RealmModel realm, int first, int max) {
        return em.createNamedQuery("magSubscriptionsByRealm", SubscriptionEntity.class)
                .setParameter("realmId", realm.getId())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(0, max))
                .getResultList();
    }

    /** The subscriptions to any of these applications (client internal ids), e.g. one partner's. */
    public List<SubscriptionEntity> ofClients(RealmModel realm, Collection<String> clientIds, int first, int max) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("magSubscriptionsByClients", SubscriptionEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("clientIds", clientIds)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(0, max))
                .getResultList();
    }

    public List<SubscriptionEntity> ofOrganization(RealmModel realm, String organizationId) {
        return em.createNamedQuery("magSubscriptionsByOrganization", SubscriptionEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("organizationId", organizationId)
                .getResultList();
    }

    /** Writes pending changes now, so that a concurrent change of the same row fails here. */
    public void flush() {
        em.flush();
    }

    public void removeRealm(String realmId) {
        em.createNamedQuery("magDeleteSubscriptionsOfRealm").setParameter("realmId", realmId).executeUpdate();
    }

    public void removeOrganization(String organizationId) {
        em.createNamedQuery("magDeleteSubscriptionsOfOrganization").setParameter("organizationId", organizationId).executeUpdate();
    }

    public void removeClient(String clientId) {
        em.createNamedQuery("magDeleteSubscriptionsOfClient").setParameter("clientId", clientId).executeUpdate();
    }
}
