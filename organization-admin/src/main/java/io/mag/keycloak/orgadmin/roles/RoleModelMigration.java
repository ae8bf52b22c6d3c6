package io.mag.keycloak.orgadmin.roles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.authorization.fgap.AdminPermissionsSchema;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.access.ApplicationSubscriber;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.access.SubscriptionOrigin;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;

/**
 * Moves a realm from the realm-wide {@code mag-*} roles to roles held per organization (groups,
 * {@link OrganizationGroups}). Idempotent: every organization gets its role groups; each holder
 * of an old role (directly or through a group that has it) joins that role's group in every
 * organization they are a member of; each application an organization shares
 * ({@value OrganizationAttributes#SHARED_APPLICATIONS}) gets its groups there, a partner application
 * becomes a {@code MIGRATED} subscription whose {@code users} are all the organization's members
 * (they reached it before access was governed), and holders of
 * {@value #APPLICATION_ADMINISTRATOR} administer it; holders outside any organization, and partner roles held in an
 * organization that is no partner, are reported and granted nothing. Then the old roles are
 * removed, with their mappings, and the realm is marked {@value #MARKER}={@value #VERSION}.
 * Runs in the caller's transaction.
 */
public final class RoleModelMigration {

    private static final Logger LOG = Logger.getLogger(RoleModelMigration.class);

    /** Realm attribute marking a realm whose roles are held per organization. */
    public static final String MARKER = "magRoleModel";
    public static final String VERSION = "2";

    static final String APPLICATION_ADMINISTRATOR = "mag-application-administrator";
    static final String USER = "mag-user";

    /** The old realm roles of the roles kept per organization. */
    static final Map<String, MagRole> ORGANIZATION_ROLES = Map.of(
            "mag-organization-administrator", MagRole.ORGANIZATION_ADMINISTRATOR,
            "mag-organization-steward", MagRole.ORGANIZATION_STEWARD,
            "mag-fis-administrator", MagRole.FIS_ADMINISTRATOR,
            "mag-adoption-administrator", MagRole.ADOPTION_ADMINISTRATOR,
            "mag-service-provider-administrator", MagRole.SERVICE_PROVIDER_ADMINISTRATOR);

    /** Every old realm role, removed at the end. */
    static final List<String> OLD_ROLES = List.of("mag-organization-administrator", APPLICATION_ADMINISTRATOR,
            "mag-fis-administrator", "mag-adoption-administrator", "mag-organization-steward",
            "mag-service-provider-administrator", USER);

    /** What a run did. */
    public record Report(String realm, boolean alreadyMarked, int organizations, List<Grant> granted,
            List<Skipped> skipped, List<String> removedRoles) {
    }

    /** A role a user now holds through its group (organization by alias, role by {@code mag.role}, application by clientId). */
    public record Grant(String userId, String username, String organization, String role, String clientId) {
    }

    /** An old role that gave nothing: {@code reason} = no_organization, not_a_partner or no_shared_application. */
    public record Skipped(String userId, String username, String oldRole, String organization, String reason) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public RoleModelMigration(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public static boolean isMigrated(RealmModel realm) {
        return VERSION.equals(realm.getAttribute(MARKER));
    }

    public Report run() {
        boolean alreadyMarked = isMigrated(realm);
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationGroups groups = new OrganizationGroups(session, realm);
        List<Grant> granted = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int count = 0;
        if (organizations != null && organizations.isEnabled()) {
            List<OrganizationModel> all = unfiltered(() -> organizations.getAllStream().toList());
            for (OrganizationModel organization : all) {
                groups.ensureAll(organization);
                sharedApplications(organization).forEach(client -> keepAccess(organizations, groups, organization, client, granted));
            }
            count = all.size();
            for (Map.Entry<String, MagRole> old : ORGANIZATION_ROLES.entrySet()) {
                for (UserModel holder : holders(old.getKey())) {
                    List<OrganizationModel> memberOf = unfiltered(() -> organizations.getByMember(holder).toList());
                    if (memberOf.isEmpty()) {
                        skipped.add(new Skipped(holder.getId(), holder.getUsername(), old.getKey(), null, "no_organization"));
                    }
                    for (OrganizationModel organization : memberOf) {
                        MagRole role = old.getValue();
                        if (role.partnerOnly() && !OrganizationGroups.isPartner(organization)) {
                            skipped.add(new Skipped(holder.getId(), holder.getUsername(), old.getKey(), organization.getAlias(), "not_a_partner"));
                        } else if (groups.join(holder, organization, role)) {
                            granted.add(new Grant(holder.getId(), holder.getUsername(), organization.getAlias(), role.value(), null));
                        }
                    }
                }
            }
            for (UserModel holder : holders(APPLICATION_ADMINISTRATOR)) {
                List<OrganizationModel> memberOf = unfiltered(() -> organizations.getByMember(holder).toList());
                if (memberOf.isEmpty()) {
                    skipped.add(new Skipped(holder.getId(), holder.getUsername(), APPLICATION_ADMINISTRATOR, null, "no_organization"));
                }
                for (OrganizationModel organization : memberOf) {
                    List<ClientModel> applications = sharedApplications(organization);
                    if (applications.isEmpty()) {
                        skipped.add(new Skipped(holder.getId(), holder.getUsername(), APPLICATION_ADMINISTRATOR, organization.getAlias(),
                                "no_shared_application"));
                    }
                    for (ClientModel client : applications) {
                        groups.ensureApplication(organization, client);
                        if (groups.join(holder, organization, MagRole.APPLICATION_ADMINISTRATOR, client)) {
                            granted.add(new Grant(holder.getId(), holder.getUsername(), organization.getAlias(),
                                    MagRole.APPLICATION_ADMINISTRATOR.value(), client.getClientId()));
                        }
                    }
                }
            }
        }
        List<String> removed = new ArrayList<>();
        for (String name : OLD_ROLES) {
            RoleModel role = realm.getRole(name);
            if (role != null) {
                realm.removeRole(role);
                removed.add(name);
            }
        }
        realm.setAttribute(MARKER, VERSION);
        LOG.infof("Role model of realm %s: %d organizations, %d roles granted through groups, %d old roles gave nothing, removed %s",
                realm.getName(), count, granted.size(), skipped.size(), removed);
        return new Report(realm.getName(), alreadyMarked, count, granted, skipped, removed);
    }

    /**
     * Before access was governed, every member of an organization reached the applications it
     * shares; so that an upgrade takes nothing away, each shared partner application becomes a
     * {@code MIGRATED} subscription (through whichever module keeps subscriptions) and every member
     * joins its {@code users} group. A registration still pending is left to its approval, which
     * subscribes it.
     */
    private void keepAccess(OrganizationProvider organizations, OrganizationGroups groups, OrganizationModel organization,
            ClientModel client, List<Grant> granted) {
        groups.ensureApplication(organization, client);
        if (!PartnerApplications.isPartnerApplication(client) || isPending(organization)) {
            return;
        }
        ApplicationSubscriber subscriber = session.getProvider(ApplicationSubscriber.class);
        if (subscriber != null) {
            subscriber.subscribe(realm, organization, client, SubscriptionOrigin.MIGRATED, null);
        }
        List<UserModel> members = unfiltered(() -> organizations.getMembersStream(organization, (String) null, null, -1, -1).toList());
        for (UserModel member : members) {
            if (groups.join(member, organization, MagRole.APPLICATION_USER, client)) {
                granted.add(new Grant(member.getId(), member.getUsername(), organization.getAlias(),
                        MagRole.APPLICATION_USER.value(), client.getClientId()));
            }
        }
    }

    private static boolean isPending(OrganizationModel organization) {
        List<String> status = organization.getAttributes().get(OrganizationAttributes.REGISTRATION_STATUS);
        return status != null && status.contains("pending");
    }

    /** Direct holders of the realm role and direct members of groups that have it. */
    private List<UserModel> holders(String roleName) {
        RoleModel role = realm.getRole(roleName);
        if (role == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<UserModel> holders = new ArrayList<>();
        session.users().getRoleMembersStream(realm, role).forEach(user -> {
            if (seen.add(user.getId())) {
                holders.add(user);
            }
        });
        session.groups().getGroupsByRoleStream(realm, role, -1, -1).toList().forEach(group ->
                session.users().getGroupMembersStream(realm, group).forEach(user -> {
                    if (seen.add(user.getId())) {
                        holders.add(user);
                    }
                }));
        return holders;
    }

    private List<ClientModel> sharedApplications(OrganizationModel organization) {
        Map<String, ClientModel> clients = new LinkedHashMap<>();
        organization.getAttributes().getOrDefault(OrganizationAttributes.SHARED_APPLICATIONS, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split("[,\\s]+")))
                .filter(id -> !id.isBlank())
                .forEach(id -> {
                    ClientModel client = realm.getClientByClientId(id);
                    if (client != null) {
                        clients.putIfAbsent(id, client);
                    }
                });
        return List.copyOf(clients.values());
    }

    private <T> T unfiltered(java.util.function.Supplier<T> lookup) {
        return AdminPermissionsSchema.runWithoutAuthorization(session, lookup);
    }
}
