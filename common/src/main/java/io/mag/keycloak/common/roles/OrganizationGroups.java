package io.mag.keycloak.common.roles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.keycloak.authorization.fgap.AdminPermissionsSchema;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.OrganizationAttributes;

/**
 * Where the roles of {@link MagRole} are stored, and the only class that knows it: realm groups
 * <pre>
 * mag-organizations
 *  └ &lt;organization alias&gt;                 mag.organization=&lt;org id&gt;
 *     ├ organization-administrators, organization-stewards, fis-administrators,
 *     │ adoption-administrators, service-provider-administrators (partners)    mag.role=&lt;role&gt;
 *     └ applications                                                     mag.role=applications
 *        └ &lt;clientId&gt;                               mag.role=application, mag.client=&lt;client id&gt;
 *           ├ users            mag.role=application-user          (+ the client's access role)
 *           └ administrators   mag.role=application-administrator
 * </pre>
 * Every group below {@code mag-organizations} carries {@code mag.organization} (the organization's
 * id), so that a user's group says which organization it is for without reading its parents; the
 * application groups also carry {@code mag.client} (the client's internal id). Code matches these
 * attributes, never names (names are for people: a SAML clientId contains "/"). Realm groups, not
 * Keycloak's organization groups: in 26.7 the latter reach no token and no cached user model.
 *
 * <p>Organization role groups are created lazily and idempotently; an application's groups only by
 * {@link #ensureApplication} (the transaction that activates a subscription), so that joining an
 * application role never creates access by the way. Lookups run without fine-grained admin
 * permission filters: they are the gateway's own, whoever the caller is.
 */
public final class OrganizationGroups {

    private static final Logger LOG = Logger.getLogger(OrganizationGroups.class);

    /** The top-level realm group of the tree. */
    public static final String ROOT = "mag-organizations";
    /** The group under an organization that holds its applications' groups. */
    public static final String APPLICATIONS = "applications";

    /** Client role of the account console that shows its Partner Tools menu (see the realm file). */
    public static final String PARTNER_TOOLS_ROLE = "mag-partner-tools";
    /** The account console's client role that shows Organization Tools (My Organization). */
    public static final String ORGANIZATION_TOOLS_ROLE = "mag-organization-tools";
    /** The account console's client role that shows My Account → Access Requests. */
    public static final String ACCESS_REQUESTS_ROLE = "mag-access-requests";
    /** Which menu entries of the account console a role group shows (roles without pages of their own show none). */
    private static final Map<MagRole, String> MENU_ROLES = Map.of(
            MagRole.ADOPTION_ADMINISTRATOR, PARTNER_TOOLS_ROLE,
            MagRole.SERVICE_PROVIDER_ADMINISTRATOR, PARTNER_TOOLS_ROLE,
            MagRole.ORGANIZATION_ADMINISTRATOR, ORGANIZATION_TOOLS_ROLE,
            MagRole.ORGANIZATION_STEWARD, ORGANIZATION_TOOLS_ROLE,
            MagRole.APPLICATION_ADMINISTRATOR, ACCESS_REQUESTS_ROLE);

    /** Group attribute: which role (or structural level) a group stands for. */
    public static final String ROLE = "mag.role";
    /** Group attribute: the internal id of the application (client) of an application group. */
    public static final String CLIENT = "mag.client";
    /** Group attribute: the id of the organization a group belongs to. */
    public static final String ORGANIZATION = "mag.organization";

    static final String APPLICATIONS_VALUE = "applications";
    static final String APPLICATION_VALUE = "application";

    /** Joining a role group needs membership of the organization first. */
    public static final class NotAMember extends IllegalStateException {
        NotAMember(UserModel user, OrganizationModel organization) {
            super("User " + user.getId() + " is no member of organization " + organization.getId());
        }
    }

    /** An application role was named for an application that has no groups in the organization (no active subscription). */
    public static final class NoSuchApplication extends IllegalStateException {
        NoSuchApplication(OrganizationModel organization, ClientModel client) {
            super("Application " + client.getClientId() + " has no groups in organization " + organization.getId());
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public OrganizationGroups(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The group of an organization role ({@link MagRole.Scope#ORGANIZATION} or {@link MagRole.Scope#PARTNER}), if created. */
    public Optional<GroupModel> find(OrganizationModel organization, MagRole role) {
        requireOrganizationRole(role);
        return organizationGroup(organization).map(org -> child(org, role.groupName()));
    }

    /** The group of an application role for one application of the organization, if the application has groups. */
    public Optional<GroupModel> find(OrganizationModel organization, MagRole role, ClientModel client) {
        requireApplicationRole(role);
        return applicationGroup(organization, client).map(app -> child(app, role.groupName()));
    }

    /** The application's group in the organization (parent of its role groups), if it exists. */
    public Optional<GroupModel> applicationGroup(OrganizationModel organization, ClientModel client) {
        return organizationGroup(organization)
                .map(org -> child(org, APPLICATIONS))
                .map(apps -> child(apps, client.getClientId()))
                .filter(app -> client.getId().equals(app.getFirstAttribute(CLIENT)));
    }

    /** The organization's own group (its alias under {@value #ROOT}), if it exists and is this organization's. */
    public Optional<GroupModel> organizationGroup(OrganizationModel organization) {
        GroupModel root = root();
        if (root == null) {
            return Optional.empty();
        }
        GroupModel group = child(root, organization.getAlias());
        return group != null && organization.getId().equals(group.getFirstAttribute(ORGANIZATION)) ? Optional.of(group) : Optional.empty();
    }

    /** Direct members of a role group who are members of the organization (a stale group member is left out). */
    public Stream<UserModel> members(OrganizationModel organization, MagRole role, Integer first, Integer max) {
        return find(organization, role).map(group -> members(organization, group, first, max)).orElseGet(Stream::empty);
    }

    /** As {@link #members(OrganizationModel, MagRole, Integer, Integer)}, for an application role. */
    public Stream<UserModel> members(OrganizationModel organization, MagRole role, ClientModel client, Integer first, Integer max) {
        return find(organization, role, client).map(group -> members(organization, group, first, max)).orElseGet(Stream::empty);
    }

    private Stream<UserModel> members(OrganizationModel organization, GroupModel group, Integer first, Integer max) {
        return unfiltered(() -> session.users().getGroupMembersStream(realm, group, first, max).toList()).stream()
                .filter(user -> isMember(user, organization));
    }

    // ---- creating ------------------------------------------------------------------------------

    /** The group of an organization role, created (with its parents) if missing. */
    public GroupModel ensure(OrganizationModel organization, MagRole role) {
        requireOrganizationRole(role);
        if (role.partnerOnly() && !isPartner(organization)) {
            throw new IllegalArgumentException(role + " is held only in partner organizations, not in " + organization.getAlias());
        }
        GroupModel group = ensureChild(ensureOrganization(organization), role.groupName(), organization, Map.of(ROLE, role.value()));
        showMenu(group, role);
        return group;
    }

    /**
     * A role group carries the account console's client role that shows its menu entries
     * ({@link #MENU_ROLES}, when the realm has that role): the console's token then says which
     * entries to show. It grants nothing on the server, where {@link OrganizationRoles} decides.
     */
    private void showMenu(GroupModel group, MagRole role) {
        String menuRole = MENU_ROLES.get(role);
        ClientModel console = menuRole == null ? null : realm.getClientByClientId(Constants.ACCOUNT_CONSOLE_CLIENT_ID);
        RoleModel shown = console == null ? null : console.getRole(menuRole);
        if (shown != null && !group.hasDirectRole(shown)) {
            group.grantRole(shown);
        }
    }

    /** Every organization role group the organization has (the partner roles for a partner), created if missing. */
    public void ensureAll(OrganizationModel organization) {
        for (MagRole role : MagRole.values()) {
            if (role.hasGroup() && !role.perApplication() && (!role.partnerOnly() || isPartner(organization))) {
                ensure(organization, role);
            }
        }
    }

    /**
     * The application's groups in the organization ({@code users}, {@code administrators}), created
     * if missing: call it where the organization gains the application (a subscription becomes
     * active). The {@code users} group carries the client role that the client's attribute
     * {@value OrganizationAttributes#CLIENT_ACCESS_ROLE} names, when the client declares one.
     *
     * @return the application's group
     */
    public GroupModel ensureApplication(OrganizationModel organization, ClientModel client) {
        GroupModel applications = ensureChild(ensureOrganization(organization), APPLICATIONS, organization, Map.of(ROLE, APPLICATIONS_VALUE));
        GroupModel application = child(applications, client.getClientId());
        if (application != null && !client.getId().equals(application.getFirstAttribute(CLIENT))) {
            // A group of a removed client of the same clientId: its memberships meant another application.
            session.groups().removeGroup(realm, application);
            application = null;
        }
        if (application == null) {
            application = ensureChild(applications, client.getClientId(), organization, Map.of(ROLE, APPLICATION_VALUE, CLIENT, client.getId()));
        }
        GroupModel administrators = ensureChild(application, MagRole.APPLICATION_ADMINISTRATOR.groupName(), organization,
                Map.of(ROLE, MagRole.APPLICATION_ADMINISTRATOR.value(), CLIENT, client.getId()));
        showMenu(administrators, MagRole.APPLICATION_ADMINISTRATOR);
        GroupModel users = ensureChild(application, MagRole.APPLICATION_USER.groupName(), organization,
                Map.of(ROLE, MagRole.APPLICATION_USER.value(), CLIENT, client.getId()));
        String accessRole = client.getAttribute(OrganizationAttributes.CLIENT_ACCESS_ROLE);
        if (accessRole != null && !accessRole.isBlank()) {
            RoleModel role = client.getRole(accessRole.strip());
            if (role == null) {
                LOG.warnf("Client %s names access role %s, which it does not have: its users group in %s carries no role",
                        client.getClientId(), accessRole, organization.getAlias());
            } else if (!users.hasDirectRole(role)) {
                users.grantRole(role);
            }
        }
        return application;
    }

    /** Removes the application's groups in the organization, memberships and role mapping with them: access ends at once. */
    public boolean removeApplication(OrganizationModel organization, ClientModel client) {
        return applicationGroup(organization, client).map(group -> session.groups().removeGroup(realm, group)).orElse(false);
    }

    /** Removes the organization's whole tree (call it when the organization is removed). */
    public boolean removeOrganization(OrganizationModel organization) {
        return organizationGroup(organization).map(group -> session.groups().removeGroup(realm, group)).orElse(false);
    }

    // ---- membership ----------------------------------------------------------------------------

    /**
     * Makes the user hold an organization role in the organization (its group is created if missing).
     *
     * @return false if the user held it already
     * @throws NotAMember if the user is no member of the organization
     */
    public boolean join(UserModel user, OrganizationModel organization, MagRole role) {
        requireMember(user, organization);
        return join(user, ensure(organization, role));
    }

    /**
     * Makes the user hold an application role for one application of the organization.
     *
     * @return false if the user held it already
     * @throws NotAMember if the user is no member of the organization
     * @throws NoSuchApplication if the application has no groups in the organization ({@link #ensureApplication} first)
     */
    public boolean join(UserModel user, OrganizationModel organization, MagRole role, ClientModel client) {
        requireApplicationRole(role);
        requireMember(user, organization);
        GroupModel group = find(organization, role, client).orElseThrow(() -> new NoSuchApplication(organization, client));
        return join(user, group);
    }

    /** @return false if the user did not hold the role */
    public boolean leave(UserModel user, OrganizationModel organization, MagRole role) {
        return find(organization, role).map(group -> leave(user, group)).orElse(false);
    }

    /** @return false if the user did not hold the role for that application */
    public boolean leave(UserModel user, OrganizationModel organization, MagRole role, ClientModel client) {
        return find(organization, role, client).map(group -> leave(user, group)).orElse(false);
    }

    /** The user leaves every group of the organization's tree (call it when the user leaves the organization). */
    public int leaveOrganization(UserModel user, OrganizationModel organization) {
        return leaveOrganization(user, organization.getId());
    }

    /** As {@link #leaveOrganization(UserModel, OrganizationModel)}, by the organization's id. */
    public int leaveOrganization(UserModel user, String organizationId) {
        List<GroupModel> groups = user.getGroupsStream().filter(group -> belongsTo(group, organizationId)).toList();
        groups.forEach(user::leaveGroup);
        return groups.size();
    }

    // ---- matching (for OrganizationRoles) ------------------------------------------------------

    /** Whether the group is one of the tree's groups of that organization. */
    static boolean belongsTo(GroupModel group, String organizationId) {
        return organizationId != null && organizationId.equals(group.getFirstAttribute(ORGANIZATION));
    }

    /** The role a group of the tree stands for; empty for structural groups and unrelated groups. */
    static Optional<MagRole> roleOf(GroupModel group) {
        String value = group.getFirstAttribute(ROLE);
        return value == null || group.getFirstAttribute(ORGANIZATION) == null ? Optional.empty() : MagRole.ofValue(value);
    }

    // ---- internals -----------------------------------------------------------------------------

    private GroupModel ensureOrganization(OrganizationModel organization) {
        GroupModel root = root();
        if (root == null) {
            root = session.groups().createGroup(realm, ROOT);
            root.setDescription("Roles held for an organization, one subgroup per organization (alias). Managed by the gateway.");
        }
        GroupModel group = child(root, organization.getAlias());
        if (group != null && !organization.getId().equals(group.getFirstAttribute(ORGANIZATION))) {
            // Left over from a removed organization of the same alias: none of its memberships applies here.
            LOG.warnf("Removing stale group tree %s/%s (organization %s)", ROOT, organization.getAlias(), group.getFirstAttribute(ORGANIZATION));
            session.groups().removeGroup(realm, group);
            group = null;
        }
        if (group == null) {
            group = session.groups().createGroup(realm, organization.getAlias(), root);
            group.setSingleAttribute(ORGANIZATION, organization.getId());
        }
        return group;
    }

    private GroupModel ensureChild(GroupModel parent, String name, OrganizationModel organization, Map<String, String> attributes) {
        GroupModel group = child(parent, name);
        if (group == null) {
            group = session.groups().createGroup(realm, name, parent);
        }
        if (!organization.getId().equals(group.getFirstAttribute(ORGANIZATION))) {
            group.setSingleAttribute(ORGANIZATION, organization.getId());
        }
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (!attribute.getValue().equals(group.getFirstAttribute(attribute.getKey()))) {
                group.setSingleAttribute(attribute.getKey(), attribute.getValue());
            }
        }
        return group;
    }

    private GroupModel root() {
        return session.groups().getGroupByName(realm, null, ROOT);
    }

    private GroupModel child(GroupModel parent, String name) {
        return session.groups().getGroupByName(realm, parent, name);
    }

    private static boolean join(UserModel user, GroupModel group) {
        if (user.getGroupsStream().anyMatch(g -> g.getId().equals(group.getId()))) {
            return false;
        }
        user.joinGroup(group);
        return true;
    }

    private static boolean leave(UserModel user, GroupModel group) {
        if (user.getGroupsStream().noneMatch(g -> g.getId().equals(group.getId()))) {
            return false;
        }
        user.leaveGroup(group);
        return true;
    }

    private void requireMember(UserModel user, OrganizationModel organization) {
        if (!isMember(user, organization)) {
            throw new NotAMember(user, organization);
        }
    }

    boolean isMember(UserModel user, OrganizationModel organization) {
        return unfiltered(() -> organization.isMember(user));
    }

    private <T> T unfiltered(java.util.function.Supplier<T> lookup) {
        return AdminPermissionsSchema.runWithoutAuthorization(session, lookup);
    }

    /** Whether the organization is a partner ({@value OrganizationAttributes#TYPE} = {@value OrganizationAttributes#TYPE_PARTNER}). */
    public static boolean isPartner(OrganizationModel organization) {
        List<String> values = organization.getAttributes().get(OrganizationAttributes.TYPE);
        return values != null && values.contains(OrganizationAttributes.TYPE_PARTNER);
    }

    private static void requireOrganizationRole(MagRole role) {
        if (!role.hasGroup() || role.perApplication()) {
            throw new IllegalArgumentException(role + " is no organization role with a group");
        }
    }

    private static void requireApplicationRole(MagRole role) {
        if (!role.perApplication()) {
            throw new IllegalArgumentException(role + " is no application role");
        }
    }
}
