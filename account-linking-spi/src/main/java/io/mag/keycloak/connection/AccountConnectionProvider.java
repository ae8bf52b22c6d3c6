package io.mag.keycloak.connection;

import java.util.Optional;
import java.util.stream.Stream;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * Storage of parent/child account connections, within the caller's transaction.
 * Obtain it with {@code session.getProvider(AccountConnectionProvider.class)}.
 */
public interface AccountConnectionProvider extends Provider {

    /**
     * Stores a connection. The child column is unique, so of two concurrent connects of one child
     * exactly one commits.
     *
     * @throws ChildAlreadyConnectedException when the child already has a parent; the current
     *         transaction is then marked for rollback
     */
    AccountConnection connect(RealmModel realm, String parentId, String childId, String createdBy);

    /**
     * Locks the two accounts for the rest of the current transaction (their user rows, in a fixed
     * order so that two transactions locking the same pair cannot deadlock). A connect checks the
     * one-level rule (no chains, no cycles) only after holding both locks, so of two connects that
     * share an account the second sees what the first committed.
     *
     * @throws AccountsBusyException when the database gave up waiting for a lock
     */
    void lockAccounts(RealmModel realm, String firstUserId, String secondUserId);

    /** Removes the connection of this child to this parent; false when there was none. */
    boolean disconnect(RealmModel realm, String parentId, String childId);

    /** The connection that makes this user a child, if it is one. */
    Optional<AccountConnection> findByChild(RealmModel realm, String childId);

    /** The connections that make this user a parent, oldest first. */
    Stream<AccountConnection> findByParent(RealmModel realm, String parentId);

    /** True when this user has at least one child. */
    boolean isParent(RealmModel realm, String userId);

    /** All connections of the realm, oldest first, paged. */
    Stream<AccountConnection> list(RealmModel realm, int first, int max);

    long count(RealmModel realm);

    /** Removes every connection the user takes part in, as parent or child. */
    void removeUser(RealmModel realm, String userId);

    /** Removes every connection of the realm. */
    void removeRealm(String realmId);
}
