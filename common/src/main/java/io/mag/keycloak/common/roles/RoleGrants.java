package io.mag.keycloak.common.roles;

import org.keycloak.models.AdminRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The grant rule: who may make another user hold a role in an organization. Nobody grants a role
 * they do not hold there. An Organization Administrator of O grants the roles they hold in O,
 * except Organization Administrator itself, which only the operator grants (a change request or a
 * registration's approval); an Application Administrator of application A for O grants access to
 * A (that is the approval of an access request); an Organization Administrator who also
 * administers A for O names A's further Application Administrators. The operator (an admin of the
 * realm with {@code realm-management} {@value AdminRoles#MANAGE_USERS}) grants anything anywhere.
 */
public final class RoleGrants {

    private final RealmModel realm;
    private final OrganizationRoles roles;

    public RoleGrants(KeycloakSession session, RealmModel realm) {
        this(realm, new OrganizationRoles(session, realm));
    }

    RoleGrants(RealmModel realm, OrganizationRoles roles) {
        this.realm = realm;
        this.roles = roles;
    }

    /** Whether the actor may grant (or remove) an organization role in the organization. */
    public boolean mayGrant(UserModel actor, OrganizationModel organization, MagRole role) {
        if (role.perApplication()) {
            throw new IllegalArgumentException(role + " is granted per application");
        }
        return allows(role, isOperator(actor),
                roles.holds(actor, organization, MagRole.ORGANIZATION_ADMINISTRATOR),
                role == MagRole.USER || roles.holds(actor, organization, role));
    }

    /** Whether the actor may grant (or remove) an application role for the application in the organization. */
    public boolean mayGrant(UserModel actor, OrganizationModel organization, MagRole role, ClientModel client) {
        if (!role.perApplication()) {
            throw new IllegalArgumentException(role + " is no application role");
        }
        return allows(role, isOperator(actor),
                roles.holds(actor, organization, MagRole.ORGANIZATION_ADMINISTRATOR),
                roles.administers(actor, organization, client));
    }

    /** Whether the actor may grant (or remove) access to the application for users of the organization. */
    public boolean mayGrantAccess(UserModel actor, OrganizationModel organization, ClientModel client) {
        return mayGrant(actor, organization, MagRole.APPLICATION_USER, client);
    }

    /** The operator: an admin of the realm who may manage its users (directly or through a composite such as realm-admin). */
    public boolean isOperator(UserModel user) {
        if (user == null || !user.isEnabled()) {
            return false;
        }
        ClientModel management = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        RoleModel manageUsers = management == null ? null : management.getRole(AdminRoles.MANAGE_USERS);
        return manageUsers != null && user.hasRole(manageUsers);
    }

    /**
     * The rule itself (pure).
     *
     * @param operator       the actor is the operator
     * @param administrator  the actor is an Organization Administrator of the organization
     * @param holdsIt        the actor holds the role there; for the application roles: administers the application there
     */
    static boolean allows(MagRole role, boolean operator, boolean administrator, boolean holdsIt) {
        if (operator) {
            return true;
        }
        return switch (role) {
            case ORGANIZATION_ADMINISTRATOR -> false;
            case APPLICATION_USER -> holdsIt;
            default -> administrator && holdsIt;
        };
    }
}
