package io.mag.keycloak.connection.cache;

import java.util.List;
import java.util.function.Supplier;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.cache.UserCache;
import org.keycloak.models.cache.infinispan.UserCacheSession;

/**
 * Answers of connection-table queries kept in Keycloak's user cache, the way Keycloak caches its
 * own query results (an organization's members, a user's organizations): an entry per key in the
 * node-local "users" cache, dropped by invalidations.
 *
 * <p>How stale an entry can be: every write of the connection table registers the invalidation
 * of the entries it changes in its own transaction ({@link #invalidate}). Keycloak drops the
 * entry on this node at once and, at commit, sends the invalidation to every other node of the
 * cluster, as it does for any changed user; a read that loaded an answer before a write cannot
 * put it back, because the entry carries the revision current when the load began and Keycloak
 * refuses an entry older than the last invalidation. So this node answers from the table after a
 * connect or disconnect at once, and another node at the latest when the invalidation message
 * arrives (the same window as for every other cached user data; the cluster harness tests it).
 * Without Keycloak's user cache (disabled), every read queries.
 */
final class ConnectionQueryCache {

    private ConnectionQueryCache() {
    }

    static List<String> read(KeycloakSession session, RealmModel realm, String key, Supplier<List<String>> query) {
        UserCacheSession cache = userCache(session);
        if (cache == null || cache.isInvalid(key)) {
            return query.get();
        }
        CachedUserIds cached = cache.getCache().get(key, CachedUserIds.class);
        if (cached != null) {
            return cached.userIds();
        }
        long loaded = cache.getCache().getCurrentRevision(key);
        List<String> userIds = query.get();
        cache.getCache().addRevisioned(new CachedUserIds(loaded, key, realm.getId(), userIds), cache.getStartupRevision());
        return userIds;
    }

    /** Drops the entry here now and on every node when the session's transaction commits. */
    static void invalidate(KeycloakSession session, String key) {
        UserCacheSession cache = userCache(session);
        if (cache != null) {
            cache.registerInvalidation(key);
        }
    }

    private static UserCacheSession userCache(KeycloakSession session) {
        return session.getProvider(UserCache.class) instanceof UserCacheSession cache ? cache : null;
    }
}
