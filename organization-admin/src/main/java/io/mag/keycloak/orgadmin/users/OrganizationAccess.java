package io.mag.keycloak.orgadmin.users;

import java.util.List;

import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * Which organization an organization-administration request acts in, and whether the actor may:
 * every check goes through {@link OrganizationRoles} (the actor holds the role for that
 * organization and is its member). A refusal is {@code OrganizationForbidden} (403, event
 * {@code mag_not_authorized}).
 */
public final class OrganizationAccess {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrganizationRoles roles;

    public OrganizationAccess(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.roles = new OrganizationRoles(session, realm);
    }

    public OrganizationRoles roles() {
        return roles;
    }

    /**
     * The organization named by {@code organizationId}, or, when none is named, the actor's only
     * organization (a user of several organizations must name one). An unknown id is refused like
     * a foreign organization: whether it exists is not the actor's business.
     */
    public OrganizationModel organization(UserModel actor, String organizationId, String operation, OrgAdminEvents events) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizationId != null && !organizationId.isBlank()) {
            OrganizationModel named = organizations.getById(organizationId.strip());
            if (named == null) {
                events.refused(operation, organizationId.strip(), MagEvents.NOT_AUTHORIZED, "unknown_organization");
                throw Refusal.of(403, "forbidden", "unknown_organization", "magNotAuthorized");
            }
            return named;
        }
        List<OrganizationModel> mine = roles.organizationsOf(actor);
        if (mine.size() == 1) {
            return mine.get(0);
        }
        if (mine.isEmpty()) {
            events.refused(operation, null, MagEvents.NOT_AUTHORIZED, "no_organization");
            throw Refusal.of(403, "forbidden", "no_organization", "magNotAuthorized");
        }
        events.refused(operation, null, "invalid_request", "organization_required");
        throw Refusal.of(400, "invalid_request", "organization_required", "magOrgOrganizationRequired");
    }

    /** The {@code mag.role} values of the organization roles the user holds there (cached groups; no User). */
    public List<String> rolesIn(UserModel user, OrganizationModel organization) {
        return java.util.Arrays.stream(MagRole.values())
                .filter(role -> role.hasGroup() && !role.perApplication())
                .filter(role -> roles.holds(user, organization, role))
                .map(MagRole::value)
                .toList();
    }

    /** The actor administers the organization's users (Organization Administrator). */
    public void requireAdministrator(UserModel actor, OrganizationModel organization, EventBuilder refusalEvent) {
        roles.require(actor, organization, MagRole.ORGANIZATION_ADMINISTRATOR, refusalEvent);
    }

    /** The actor may see the organization's users: an Organization Administrator or Steward. */
    public void requireViewer(UserModel actor, OrganizationModel organization, EventBuilder refusalEvent) {
        if (roles.holds(actor, organization, MagRole.ORGANIZATION_STEWARD)) {
            return;
        }
        roles.require(actor, organization, MagRole.ORGANIZATION_ADMINISTRATOR, refusalEvent);
    }

    /**
     * The user acted on, a member of the organization; anyone else (another organization's user,
     * an unknown id) is refused the same way, 403 with {@code mag_not_authorized}.
     */
    public UserModel member(OrganizationModel organization, String userId, String operation, OrgAdminEvents events) {
        UserModel user = userId == null ? null : session.users().getUserById(realm, userId);
        if (user == null || !organization.isMember(user)) {
            events.refused(operation, organization.getId(), userId, MagEvents.NOT_AUTHORIZED, "not_a_member");
            throw Refusal.of(403, "forbidden", "not_a_member", "magOrgNotAMember");
        }
        return user;
    }
}
