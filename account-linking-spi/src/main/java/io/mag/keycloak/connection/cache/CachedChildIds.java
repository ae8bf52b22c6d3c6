package io.mag.keycloak.connection.cache;

import java.util.List;

import org.keycloak.models.cache.infinispan.entities.AbstractRevisioned;
import org.keycloak.models.cache.infinispan.entities.InRealm;

/**
 * Entry of Keycloak's user cache: the ids of one parent's connected children, oldest connection
 * first. Revisioned like Keycloak's own cached query results, and in a realm, so that removing
 * the realm evicts it.
 */
final class CachedChildIds extends AbstractRevisioned implements InRealm {

    private final String realmId;
    private final List<String> childIds;

    CachedChildIds(long revision, String key, String realmId, List<String> childIds) {
        super(revision, key);
        this.realmId = realmId;
        this.childIds = List.copyOf(childIds);
    }

    @Override
    public String getRealm() {
        return realmId;
    }

    List<String> childIds() {
        return childIds;
    }
}
