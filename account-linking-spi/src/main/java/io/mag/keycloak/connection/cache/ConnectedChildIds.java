package io.mag.keycloak.connection.cache;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.cache.UserCache;
import org.keycloak.models.cache.infinispan.UserCacheSession;

import io.mag.keycloak.connection.AccountConnection;
import io.mag.keycloak.connection.AccountConnectionProvider;

/**
 * The ids of a parent's connected children, oldest connection first, read through Keycloak's
 * user cache: the connected-accounts mapper needs them for every token and every refresh of a
 * parent, and the query on the connection table was most of what the mapper added to a refresh.
 * Keycloak caches its own query results this way (an organization's members, a user's
 * organizations): an entry per key in the node-local "users" cache, dropped by invalidations.
 *
 * <p>How stale an entry can be: every write of the connection table registers the invalidation
 * of the parent's entry in its own transaction ({@link #invalidate}). Keycloak drops the entry on
 * this node at once and, at commit, sends the invalidation to every other node of the cluster,
 * as it does for any changed user; a read that loaded the list before a write cannot put its
 * older list back, because the entry carries the revision current when the load began and
 * Keycloak refuses an entry older than the last invalidation. So this node answers from the
 * table after a connect or disconnect at once, and another node at the latest when the
 * invalidation message arrives (the same window as for every other cached user data; the
 * cluster harness tests it). Without Keycloak's user cache (disabled), every read queries.
 */
public final class ConnectedChildIds {

    private ConnectedChildIds() {
    }

    public static List<String> of(KeycloakSession session, RealmModel realm, String parentId) {
        String key = key(realm.getId(), parentId);
        UserCacheSession cache = userCache(session);
        if (cache == null || cache.isInvalid(key)) {
            return load(session, realm, parentId);
        }
        CachedChildIds cached = cache.getCache().get(key, CachedChildIds.class);
        if (cached != null) {
            return cached.childIds();
        }
        long loaded = cache.getCache().getCurrentRevision(key);
        List<String> childIds = load(session, realm, parentId);
        cache.getCache().addRevisioned(new CachedChildIds(loaded, key, realm.getId(), childIds), cache.getStartupRevision());
        return childIds;
    }

    /** Drops the parent's entry here now and on every node when the session's transaction commits. */
    public static void invalidate(KeycloakSession session, String realmId, String parentId) {
        UserCacheSession cache = userCache(session);
        if (cache != null) {
            cache.registerInvalidation(key(realmId, parentId));
        }
    }

    private static List<String> load(KeycloakSession session, RealmModel realm, String parentId) {
        return session.getProvider(AccountConnectionProvider.class).findByParent(realm, parentId)
                .map(AccountConnection::childId)
                .toList();
    }

    private static UserCacheSession userCache(KeycloakSession session) {
        return session.getProvider(UserCache.class) instanceof UserCacheSession cache ? cache : null;
    }

    private static String key(String realmId, String parentId) {
        return realmId + ".mag.connected-children." + parentId;
    }
}
