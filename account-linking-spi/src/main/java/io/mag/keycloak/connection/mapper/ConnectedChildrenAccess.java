package io.mag.keycloak.connection.mapper;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.RoleUtils;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.connection.ConnectionAttributes;
import io.mag.keycloak.connection.cache.ConnectedChildIds;

/**
 * What a parent's token for one client gains from the parent's connected children: each child's
 * effective roles of that client, computed the way Keycloak computes a user's own
 * ({@link RoleUtils#getDeepUserRoleMappings}: direct mappings, group mappings up the group tree,
 * composites expanded).
 */
final class ConnectedChildrenAccess {

    /**
     * Request-scoped cache key prefix: the access token and the ID token of one response (and the
     * mapper's two duties, roles and claim) need the same answer; looking it up once is enough.
     */
    private static final String CACHE_ATTRIBUTE = ConnectedChildrenAccess.class.getName() + ":";

    private ConnectedChildrenAccess() {
    }

    /** Children with at least one role of {@code client}, oldest connection first. */
    @SuppressWarnings("unchecked")
    static List<ChildAccess> of(KeycloakSession session, RealmModel realm, UserModel parent, ClientModel client) {
        String key = CACHE_ATTRIBUTE + realm.getId() + ":" + parent.getId() + ":" + client.getId();
        List<ChildAccess> cached = session.getAttribute(key, List.class);
        if (cached != null) {
            return cached;
        }
        if (!hasMirroredChildren(parent)) {
            return List.of();
        }
        List<ChildAccess> access = ConnectedChildIds.of(session, realm, parent.getId()).stream()
                // A child deleted since: its connection row goes with it, and so does the cached id.
                .map(childId -> session.users().getUserById(realm, childId))
                .filter(Objects::nonNull)
                // Disabling an account cuts off its access, also when reached through its parent.
                .filter(UserModel::isEnabled)
                .map(child -> new ChildAccess(child, clientRoleNames(child, client)))
                .filter(childAccess -> !childAccess.roleNames().isEmpty())
                .toList();
        session.setAttribute(key, access);
        return access;
    }

    /**
     * Whether the parent's cached attributes name any child. Every connect and disconnect rewrites
     * {@link ConnectionAttributes#CHILDREN} in the same transaction as the connection row, and the
     * attribute is part of Keycloak's cached user, so the (uncached) query on the connection table
     * runs only for users that are parents: most tokens are for users with no children, and the
     * query was most of the mapper's cost on their refresh. A stale attribute after a child's
     * deletion only costs that query again; the table stays the source of truth for who is a child.
     */
    private static boolean hasMirroredChildren(UserModel parent) {
        return parent.getAttributeStream(ConnectionAttributes.CHILDREN).findAny().isPresent();
    }

    static ConnectedAccount claimEntry(KeycloakSession session, UserModel child) {
        return new ConnectedAccount(child.getId(), child.getUsername(), organizationAlias(session, child));
    }

    private static Set<String> clientRoleNames(UserModel child, ClientModel client) {
        return RoleUtils.getDeepUserRoleMappings(child).stream()
                .filter(RoleModel::isClientRole)
                .filter(role -> client.getId().equals(role.getContainerId()))
                .map(RoleModel::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The first organization the child is a member of, or null when it has none or organizations are off. */
    private static String organizationAlias(KeycloakSession session, UserModel child) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations == null || !organizations.isEnabled()) {
            return null;
        }
        return organizations.getByMember(child)
                .map(OrganizationModel::getAlias)
                .findFirst()
                .orElse(null);
    }
}
