package io.mag.keycloak.it.support;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * The role model's realm groups ({@code mag-organizations/<alias>/...}) as an operator sees them
 * in the admin console: finding one by path and putting a user into it, as the operator would
 * grant a role by hand.
 */
public final class OrganizationRoleGroups {

    public static final String ROOT = "/mag-organizations/";

    private final ManagedRealm realm;

    public OrganizationRoleGroups(ManagedRealm realm) {
        this.realm = realm;
    }

    /** {@code /mag-organizations/<alias>/applications/<clientId>/<leaf>}, leaf {@code users} or {@code administrators}. */
    public static String applicationPath(String alias, String clientId, String leaf) {
        return ROOT + alias + "/applications/" + clientId + "/" + leaf;
    }

    /** The group at {@code path}, or null. */
    public GroupRepresentation find(String path) {
        try {
            return realm.admin().getGroupByPath(path);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Makes the user a member of the group at {@code path}, which must exist. */
    public void join(String path, String userId) {
        GroupRepresentation group = find(path);
        if (group == null) {
            throw new AssertionError("no group " + path);
        }
        realm.admin().users().get(userId).joinGroup(group.getId());
    }

    /**
     * Makes the user hold an organization-wide role in the organization: membership of
     * {@code /mag-organizations/<alias>/<groupName>}, created with its {@code mag.role} when missing.
     */
    public void joinOrganizationRole(String alias, String groupName, String roleValue, String userId) {
        String path = ROOT + alias + "/" + groupName;
        GroupRepresentation group = find(path);
        if (group == null) {
            GroupRepresentation parent = find(ROOT + alias);
            if (parent == null) {
                throw new AssertionError("no group " + ROOT + alias);
            }
            GroupRepresentation created = new GroupRepresentation();
            created.setName(groupName);
            created.setAttributes(Map.of("mag.role", List.of(roleValue), "mag.organization",
                    parent.getAttributes().getOrDefault("mag.organization", List.of())));
            try (Response response = realm.admin().groups().group(parent.getId()).subGroup(created)) {
                group = new GroupRepresentation();
                group.setId(CreatedResponseUtil.getCreatedId(response));
            }
        }
        realm.admin().users().get(userId).joinGroup(group.getId());
    }
}
