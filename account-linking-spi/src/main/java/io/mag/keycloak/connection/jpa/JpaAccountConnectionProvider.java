package io.mag.keycloak.connection.jpa;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceException;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import io.mag.keycloak.connection.AccountConnection;
import io.mag.keycloak.connection.AccountConnectionProvider;
import io.mag.keycloak.connection.AccountsBusyException;
import io.mag.keycloak.connection.ChildAlreadyConnectedException;
import io.mag.keycloak.connection.cache.ConnectedChildIds;
import io.mag.keycloak.connection.cache.ConnectedParentId;

/**
 * Connections in MAG_ACCOUNT_CONNECTION, through the session's EntityManager (Keycloak's
 * transaction). Every write also invalidates the cached child ids of the parents it changes
 * ({@link ConnectedChildIds}), in the same transaction.
 */
final class JpaAccountConnectionProvider implements AccountConnectionProvider {

    private final KeycloakSession session;
    private final EntityManager em;

    JpaAccountConnectionProvider(KeycloakSession session, EntityManager em) {
        this.session = session;
        this.em = em;
    }

    @Override
    public AccountConnection connect(RealmModel realm, String parentId, String childId, String createdBy) {
        AccountConnectionEntity entity = new AccountConnectionEntity();
        entity.setId(KeycloakModelUtils.generateId());
        entity.setRealmId(realm.getId());
        entity.setParentId(parentId);
        entity.setChildId(childId);
        entity.setCreatedAt(Time.currentTimeMillis());
        entity.setCreatedBy(createdBy);
        ConnectedChildIds.invalidate(session, realm.getId(), parentId);
        ConnectedParentId.invalidate(session, realm.getId(), childId);
        try {
            em.persist(entity);
            // Flush now so that the unique constraint on CHILD_ID decides a race here, not at commit.
            em.flush();
        } catch (ModelDuplicateException | PersistenceException e) {
            // Keycloak's EntityManager reports a constraint violation as ModelDuplicateException.
            throw new ChildAlreadyConnectedException(childId, e);
        }
        return toModel(entity);
    }

    /**
     * SELECT ... FOR UPDATE (PESSIMISTIC_WRITE, each database's own syntax through Hibernate) on
     * Keycloak's USER_ENTITY rows, one statement per row in ascending id order. Accounts of a user
     * federation that are not imported have no such row and are not locked.
     */
    @Override
    public void lockAccounts(RealmModel realm, String firstUserId, String secondUserId) {
        try {
            Stream.of(firstUserId, secondUserId).distinct().sorted().forEach(userId ->
                    em.createQuery("select u from UserEntity u where u.id = :userId and u.realmId = :realmId")
                            .setParameter("userId", userId)
                            .setParameter("realmId", realm.getId())
                            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                            .getResultList());
        } catch (RuntimeException e) {
            // Databases with a lock timeout (H2: seconds; PostgreSQL waits by default) give up on a
            // long-running concurrent change; Keycloak's EntityManager may wrap the JPA exception.
            if (isLockTimeout(e)) {
                throw new AccountsBusyException(e);
            }
            throw e;
        }
    }

    private static boolean isLockTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean disconnect(RealmModel realm, String parentId, String childId) {
        ConnectedChildIds.invalidate(session, realm.getId(), parentId);
        ConnectedParentId.invalidate(session, realm.getId(), childId);
        return em.createNamedQuery("magDeleteConnection")
                .setParameter("realmId", realm.getId())
                .setParameter("parentId", parentId)
                .setParameter("childId", childId)
                .executeUpdate() > 0;
    }

    @Override
    public Optional<AccountConnection> findByChild(RealmModel realm, String childId) {
        return em.createNamedQuery("magConnectionByChild", AccountConnectionEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("childId", childId)
                .getResultStream()
                .findFirst()
                .map(JpaAccountConnectionProvider::toModel);
    }

    @Override
    public Stream<AccountConnection> findByParent(RealmModel realm, String parentId) {
        return em.createNamedQuery("magConnectionsByParent", AccountConnectionEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("parentId", parentId)
                .getResultStream()
                .map(JpaAccountConnectionProvider::toModel);
    }

    @Override
    public boolean isParent(RealmModel realm, String userId) {
        return em.createNamedQuery("magConnectionsOfParentCount", Long.class)
                .setParameter("realmId", realm.getId())
                .setParameter("parentId", userId)
                .getSingleResult() > 0;
    }

    @Override
    public Stream<AccountConnection> list(RealmModel realm, int first, int max) {
        return em.createNamedQuery("magConnectionsByRealm", AccountConnectionEntity.class)
                .setParameter("realmId", realm.getId())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(0, max))
                .getResultStream()
                .map(JpaAccountConnectionProvider::toModel);
    }

    @Override
    public long count(RealmModel realm) {
        return em.createNamedQuery("magConnectionsOfRealmCount", Long.class)
                .setParameter("realmId", realm.getId())
                .getSingleResult();
    }

    @Override
    public void removeUser(RealmModel realm, String userId) {
        // The user may be a parent (its own entry and its children's) or a child (its own entry and its parent's).
        ConnectedChildIds.invalidate(session, realm.getId(), userId);
        ConnectedParentId.invalidate(session, realm.getId(), userId);
        findByParent(realm, userId).forEach(c -> ConnectedParentId.invalidate(session, realm.getId(), c.childId()));
        findByChild(realm, userId).ifPresent(c -> ConnectedChildIds.invalidate(session, realm.getId(), c.parentId()));
        em.createNamedQuery("magDeleteConnectionsOfUser")
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .executeUpdate();
    }

    @Override
    public void removeRealm(String realmId) {
        // No invalidation needed: removing a realm evicts its user-cache entries (CachedChildIds is InRealm).
        em.createNamedQuery("magDeleteConnectionsOfRealm")
                .setParameter("realmId", realmId)
                .executeUpdate();
    }

    @Override
    public void close() {
    }

    private static AccountConnection toModel(AccountConnectionEntity e) {
        return new AccountConnection(e.getId(), e.getRealmId(), e.getParentId(), e.getChildId(),
                Instant.ofEpochMilli(e.getCreatedAt()), e.getCreatedBy());
    }
}
