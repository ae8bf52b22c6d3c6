package io.mag.keycloak.connection.cache;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.connection.AccountConnection;
import io.mag.keycloak.connection.AccountConnectionProvider;

/**
 * The ids of a parent's connected children, oldest connection first, read through Keycloak's
 * user cache ({@link ConnectionQueryCache}): the connected-accounts mapper needs them for every
 * token and every refresh of a parent, and the query on the connection table was most of what
 * the mapper added to a refresh.
 */
public final class ConnectedChildIds {

    private ConnectedChildIds() {
    }

    public static List<String> of(KeycloakSession session, RealmModel realm, String parentId) {
        return ConnectionQueryCache.read(session, realm, key(realm.getId(), parentId), () ->
                session.getProvider(AccountConnectionProvider.class).findByParent(realm, parentId)
                        .map(AccountConnection::childId)
                        .toList());
    }

    /** Drops the parent's entry here now and on every node when the session's transaction commits. */
    public static void invalidate(KeycloakSession session, String realmId, String parentId) {
        ConnectionQueryCache.invalidate(session, key(realmId, parentId));
    }

    private static String key(String realmId, String parentId) {
        return realmId + ".mag.connected-children." + parentId;
    }
}
