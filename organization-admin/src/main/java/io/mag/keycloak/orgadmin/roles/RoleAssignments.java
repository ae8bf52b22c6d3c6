package io.mag.keycloak.orgadmin.roles;

import java.util.List;
import java.util.Map;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.common.roles.RoleGrants;
import io.mag.keycloak.orgadmin.users.OrganizationAccess;
import io.mag.keycloak.orgadmin.users.OrgAdminEvents;
import io.mag.keycloak.orgadmin.users.Refusal;

/**
 * The roles of one organization's users, as its administrators assign them (page and REST): grant
 * and remove through {@link RoleGrants} (nobody grants or removes a role they do not hold there;
 * Organization Administrator only by the operator) and {@link OrganizationGroups} (the storage).
 * Granting a role already held, or removing one not held, changes nothing and records nothing.
 */
public final class RoleAssignments {

    /** The roles an organization's administrators assign on these pages (Application Administrator: per application, elsewhere). */
    public static final List<MagRole> ASSIGNABLE = List.of(MagRole.ORGANIZATION_ADMINISTRATOR, MagRole.ORGANIZATION_STEWARD,
            MagRole.FIS_ADMINISTRATOR, MagRole.ADOPTION_ADMINISTRATOR, MagRole.SERVICE_PROVIDER_ADMINISTRATOR);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel actor;
    private final OrganizationModel organization;
    private final OrgAdminEvents events;
    private final OrganizationAccess access;

    public RoleAssignments(KeycloakSession session, RealmModel realm, UserModel actor, OrganizationModel organization,
                           OrgAdminEvents events, OrganizationAccess access) {
        this.session = session;
        this.realm = realm;
        this.actor = actor;
        this.organization = organization;
        this.events = events;
        this.access = access;
    }

    /** The role of a {@code mag.role} value among the assignable ones, or a 404 refusal. */
    public static MagRole role(String value, OrgAdminEvents events, String operation, String organizationId) {
        return ASSIGNABLE.stream().filter(r -> r.value().equals(value)).findFirst().orElseThrow(() -> {
            events.refused(operation, organizationId, "invalid_request", "unknown_role");
            return Refusal.of(404, "not_found", "unknown_role", "magOrgUnknownRole", value == null ? "" : value);
        });
    }

    public String organizationId() {
        return organization.getId();
    }

    /** The roles of a member of the organization (anyone else: refused). */
    public List<String> rolesOfMember(String userId) {
        return rolesOf(access.member(organization, userId, MagEvents.USER_VIEWED, events));
    }

    /** The assignable roles the actor may grant in the organization. */
    public List<MagRole> grantable() {
        RoleGrants grants = new RoleGrants(session, realm);
        return ASSIGNABLE.stream().filter(r -> grants.mayGrant(actor, organization, r)).toList();
    }

    public List<String> rolesOf(UserModel user) {
        return access.rolesIn(user, organization);
    }

    public List<String> grant(String userId, MagRole role) {
        return change(userId, role, true);
    }

    public List<String> remove(String userId, MagRole role) {
        return change(userId, role, false);
    }

    private List<String> change(String userId, MagRole role, boolean grant) {
        String operation = grant ? MagEvents.ROLE_GRANTED : MagEvents.ROLE_REMOVED;
        UserModel user = access.member(organization, userId, operation, events);
        if (!new RoleGrants(session, realm).mayGrant(actor, organization, role)) {
            events.refused(operation, organization.getId(), user.getId(), MagEvents.NOT_AUTHORIZED, "role_not_grantable");
            throw Refusal.of(403, "forbidden", "role_not_grantable", "magOrgRoleNotGrantable", role.value());
        }
        OrganizationGroups groups = new OrganizationGroups(session, realm);
        boolean holds = access.roles().holds(user, organization, role);
        if (grant && !holds) {
            groups.join(user, organization, role);
        } else if (!grant && holds) {
            groups.leave(user, organization, role);
        } else {
            return rolesOf(user);
        }
        events.success(operation, organization.getId(), user.getId(), Map.of(MagEvents.MAG_ROLE, role.value()));
        events.admin(grant ? OperationType.CREATE : OperationType.DELETE, ResourceType.GROUP_MEMBERSHIP,
                Map.of("organization", organization.getId(), "role", role.value()), "users", user.getId(), "groups", role.value());
        return rolesOf(user);
    }
}
