package io.mag.keycloak.connection.cache;

import java.util.List;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.connection.AccountConnection;
import io.mag.keycloak.connection.AccountConnectionProvider;

/**
 * The id of a child's parent, read through Keycloak's user cache ({@link ConnectionQueryCache}):
 * every sign-in (the child guard, the child's required action) and every token (the client-policy
 * executor) asks whether the user is a connected child, and nearly every answer is "no". Caching
 * that answer per user takes a query on the connection table out of every sign-in and every
 * token. Checks that decide a change (the eligibility rules of a new connection) keep reading the
 * table itself, under the accounts' locks.
 */
public final class ConnectedParentId {

    private ConnectedParentId() {
    }

    public static Optional<String> of(KeycloakSession session, RealmModel realm, String childId) {
        List<String> parent = ConnectionQueryCache.read(session, realm, key(realm.getId(), childId), () ->
                session.getProvider(AccountConnectionProvider.class).findByChild(realm, childId)
                        .map(AccountConnection::parentId)
                        .stream()
                        .toList());
        return parent.stream().findFirst();
    }

    /** Drops the child's entry here now and on every node when the session's transaction commits. */
    public static void invalidate(KeycloakSession session, String realmId, String childId) {
        ConnectionQueryCache.invalidate(session, key(realmId, childId));
    }

    private static String key(String realmId, String childId) {
        return realmId + ".mag.connected-parent." + childId;
    }
}
