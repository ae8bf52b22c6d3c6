package io.mag.keycloak.common.roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.keycloak.authorization.fgap.AdminPermissionsSchema;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Answers every "may this user do this for this organization (application)?". Holding role R for
 * organization O means: a direct member of O's group for R ({@link OrganizationGroups}) <b>and</b>
 * a member of O, O enabled (and, for the partner roles, O a partner). Membership is checked every
 * time, so a group left behind acts nowhere. Reads the user's cached groups and the cached
 * organization by id; never {@code OrganizationProvider#getByMember} on a per-request check.
 * Organization lookups run without fine-grained admin permission filters: they are made on
 * behalf of end-user requests, which those filters are not meant for.
 */
public final class OrganizationRoles {

    /** One role the user holds: in an organization, for an application of it when {@code client} is set. */
    public record Held(OrganizationModel organization, MagRole role, ClientModel client) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public OrganizationRoles(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The enabled organizations the user is a member of, by name (for pages and Account information, not hot paths). */
    public List<OrganizationModel> organizationsOf(UserModel user) {
        OrganizationProvider organizations = organizations();
        if (user == null || organizations == null) {
            return List.of();
        }
        return unfiltered(() -> organizations.getByMember(user).filter(OrganizationModel::isEnabled)
                .sorted(Comparator.comparing(OrganizationModel::getName)).toList());
    }

    /**
     * Whether the user holds an organization role in the organization. {@link MagRole#USER}: is an
     * enabled member. An application role: for any application of the organization.
     */
    public boolean holds(UserModel user, OrganizationModel organization, MagRole role) {
        if (!acts(user, organization, role)) {
            return false;
        }
        return role == MagRole.USER || hasGroup(user, organization.getId(), group -> true, role);
    }

    /** Whether the user holds an application role for that application of the organization. */
    public boolean holds(UserModel user, OrganizationModel organization, MagRole role, ClientModel client) {
        if (!role.perApplication()) {
            throw new IllegalArgumentException(role + " is no application role");
        }
        return client != null && acts(user, organization, role)
                && hasGroup(user, organization.getId(), group -> client.getId().equals(group.getFirstAttribute(OrganizationGroups.CLIENT)), role);
    }

    /** Whether the user is an Application Administrator of the application for the organization. */
    public boolean administers(UserModel user, OrganizationModel organization, ClientModel client) {
        return holds(user, organization, MagRole.APPLICATION_ADMINISTRATOR, client);
    }

    /**
     * The organization through which the user has access to the application (is in its
     * {@code users} group there, is a member, the organization is enabled); empty: no access.
     */
    public Optional<OrganizationModel> accessThrough(UserModel user, ClientModel client) {
        if (user == null || client == null) {
            return Optional.empty();
        }
        return user.getGroupsStream()
                .filter(group -> OrganizationGroups.roleOf(group).filter(MagRole.APPLICATION_USER::equals).isPresent())
                .filter(group -> client.getId().equals(group.getFirstAttribute(OrganizationGroups.CLIENT)))
                .map(group -> organization(group.getFirstAttribute(OrganizationGroups.ORGANIZATION)))
                .filter(organization -> organization != null && acts(user, organization, MagRole.APPLICATION_USER))
                .findFirst();
    }

    /**
     * Every role the user holds, organization by organization: {@link MagRole#USER} for each
     * organization, then the roles of its groups (application roles with their application).
     */
    public List<Held> rolesOf(UserModel user) {
        List<Held> held = new ArrayList<>();
        Map<String, OrganizationModel> byId = new HashMap<>();
        for (OrganizationModel organization : organizationsOf(user)) {
            byId.put(organization.getId(), organization);
            held.add(new Held(organization, MagRole.USER, null));
        }
        user.getGroupsStream().forEach(group -> OrganizationGroups.roleOf(group).ifPresent(role -> {
            OrganizationModel organization = byId.get(group.getFirstAttribute(OrganizationGroups.ORGANIZATION));
            if (organization == null || (role.partnerOnly() && !OrganizationGroups.isPartner(organization))) {
                return;
            }
            ClientModel client = role.perApplication() ? realm.getClientById(group.getFirstAttribute(OrganizationGroups.CLIENT)) : null;
            if (!role.perApplication() || client != null) {
                held.add(new Held(organization, role, client));
            }
        }));
        return held;
    }

    /**
     * The enabled organizations in which the user holds any of the roles, by name (e.g. the partner
     * organizations whose Adoption or Service Provider Administrator the user is).
     */
    public List<OrganizationModel> organizationsWhere(UserModel user, MagRole... roles) {
        if (user == null) {
            return List.of();
        }
        List<MagRole> wanted = List.of(roles);
        return user.getGroupsStream()
                .filter(group -> OrganizationGroups.roleOf(group).filter(wanted::contains).isPresent())
                .map(group -> group.getFirstAttribute(OrganizationGroups.ORGANIZATION))
                .distinct()
                .map(this::organization)
                .filter(organization -> organization != null
                        && wanted.stream().anyMatch(role -> holds(user, organization, role)))
                .sorted(Comparator.comparing(OrganizationModel::getName))
                .toList();
    }

    /**
     * Goes on only if the actor holds the role in the organization; otherwise records the refusal
     * on {@code event} and throws.
     *
     * @throws OrganizationForbidden 403 for REST callers
     */
    public void require(UserModel actor, OrganizationModel organization, MagRole role, EventBuilder event) {
        if (!holds(actor, organization, role)) {
            throw new OrganizationForbidden(session, realm, actor, event, organization, role, null);
        }
    }

    /** As {@link #require}, for the Application Administrator of the application. */
    public void requireAdministers(UserModel actor, OrganizationModel organization, ClientModel client, EventBuilder event) {
        if (!administers(actor, organization, client)) {
            throw new OrganizationForbidden(session, realm, actor, event, organization, MagRole.APPLICATION_ADMINISTRATOR, client);
        }
    }

    /** The organization by id, without admin permission filters (cached). */
    public OrganizationModel organization(String id) {
        OrganizationProvider organizations = organizations();
        return id == null || organizations == null ? null : unfiltered(() -> organizations.getById(id));
    }

    private boolean acts(UserModel user, OrganizationModel organization, MagRole role) {
        if (user == null || organization == null || !user.isEnabled() || !organization.isEnabled()) {
            return false;
        }
        if (role.partnerOnly() && !OrganizationGroups.isPartner(organization)) {
            return false;
        }
        return unfiltered(() -> organization.isMember(user));
    }

    private static boolean hasGroup(UserModel user, String organizationId, Predicate<GroupModel> also, MagRole role) {
        return user.getGroupsStream()
                .filter(group -> OrganizationGroups.belongsTo(group, organizationId))
                .filter(group -> OrganizationGroups.roleOf(group).filter(role::equals).isPresent())
                .anyMatch(also);
    }

    private OrganizationProvider organizations() {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        return organizations == null || !organizations.isEnabled() ? null : organizations;
    }

    private <T> T unfiltered(Supplier<T> lookup) {
        return AdminPermissionsSchema.runWithoutAuthorization(session, lookup);
    }
}
