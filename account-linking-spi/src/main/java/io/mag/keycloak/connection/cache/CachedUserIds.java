package io.mag.keycloak.connection.cache;

import java.util.List;

import org.keycloak.models.cache.infinispan.entities.AbstractRevisioned;
import org.keycloak.models.cache.infinispan.entities.InRealm;

/**
 * Entry of Keycloak's user cache: the answer of one query on the connection table, as user ids
 * (a parent's children, oldest connection first; a child's parent, or none). Revisioned like
 * Keycloak's own cached query results, and in a realm, so that removing the realm evicts it.
 */
final class CachedUserIds extends AbstractRevisioned implements InRealm {

    private final String realmId;
    private final List<String> userIds;

    CachedUserIds(long revision, String key, String realmId, List<String> userIds) {
        super(revision, key);
        this.realmId = realmId;
        this.userIds = List.copyOf(userIds);
    }

    @Override
    public String getRealm() {
        return realmId;
    }

    List<String> userIds() {
        return userIds;
    }
}
