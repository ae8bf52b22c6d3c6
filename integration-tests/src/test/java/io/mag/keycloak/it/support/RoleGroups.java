package io.mag.keycloak.it.support;

import java.util.List;

import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * The role model's groups as an operator sees them in the admin console and admin REST: a role
 * held for an organization is membership of {@code /mag-organizations/<alias>/<role group>}
 * (application roles: {@code .../applications/<clientId>/<users or administrators>}). Granting a
 * role here is what an operator does in the console: adding a user to the group.
 */
public final class RoleGroups {

    public static final String ORGANIZATION_ADMINISTRATORS = "organization-administrators";
    public static final String ORGANIZATION_STEWARDS = "organization-stewards";
    public static final String FIS_ADMINISTRATORS = "fis-administrators";
    public static final String ADOPTION_ADMINISTRATORS = "adoption-administrators";
    public static final String SERVICE_PROVIDER_ADMINISTRATORS = "service-provider-administrators";
    public static final String APPLICATION_ADMINISTRATORS = "administrators";
    public static final String APPLICATION_USERS = "users";

    private final ManagedRealm realm;

    public RoleGroups(ManagedRealm realm) {
        this.realm = realm;
    }

    /** The path of an organization role's group. */
    public static String path(String organizationAlias, String roleGroup) {
        return "/mag-organizations/" + organizationAlias + "/" + roleGroup;
    }

    /** The path of an application role's group. */
    public static String applicationPath(String organizationAlias, String clientId, String roleGroup) {
        return "/mag-organizations/" + organizationAlias + "/applications/" + clientId + "/" + roleGroup;
    }

    /** The alias of an organization, by id. */
    public String alias(String organizationId) {
        return realm.admin().organizations().get(organizationId).toRepresentation().getAlias();
    }

    /** The group at the path (it must exist). */
    public GroupRepresentation group(String path) {
        return realm.admin().getGroupByPath(path);
    }

    /** Adds the user to the group at the path, as an operator does in the admin console. */
    public void join(String userId, String path) {
        realm.admin().users().get(userId).joinGroup(group(path).getId());
    }

    /** Grants an organization role: the user joins the role's group of the organization. */
    public void grant(String userId, String organizationAlias, String roleGroup) {
        join(userId, path(organizationAlias, roleGroup));
    }

    /** Whether a path is an Application Administrators group of the organization (any application). */
    public static boolean isApplicationAdministrators(String path, String organizationAlias) {
        return path.startsWith("/mag-organizations/" + organizationAlias + "/applications/") && path.endsWith("/" + APPLICATION_ADMINISTRATORS);
    }

    /** The paths of the user's groups. */
    public List<String> paths(String userId) {
        return realm.admin().users().get(userId).groups(0, 1000, false).stream().map(GroupRepresentation::getPath).toList();
    }
}
