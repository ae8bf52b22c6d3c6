package io.mag.keycloak.orgadmin.roles;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;

import io.mag.keycloak.common.roles.OrganizationGroups;

/**
 * Keeps the role groups in step with Keycloak's organizations, whatever path changed them (admin
 * REST, the admin console, the gateway's own code): when a user joins an organization, its role
 * groups exist; a user who leaves an organization leaves every group of its tree; removing an
 * organization removes its tree. Keycloak fires both model
 * events inside the transaction of the change, so the groups go with it or not at all.
 * {@code OrganizationRoles} checks membership anyway; this listener keeps the groups honest for
 * people reading them (admin console, member lists).
 */
final class OrganizationGroupsListener implements ProviderEventListener {

    private static final Logger LOG = Logger.getLogger(OrganizationGroupsListener.class);

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof OrganizationModel.OrganizationMemberJoinEvent join) {
            joined(join.getSession(), join.getOrganization());
        } else if (event instanceof OrganizationModel.OrganizationMemberLeaveEvent leave) {
            left(leave.getSession(), leave.getOrganization(), leave.getUser());
        } else if (event instanceof OrganizationModel.OrganizationRemovedEvent removed) {
            removed(removed.getKeycloakSession(), removed.getOrganization());
        }
    }

    /**
     * An organization with members has its role groups, so that an operator can grant a role in the
     * admin console by adding a member to a group (idempotent; a few cached lookups once they exist).
     */
    private static void joined(KeycloakSession session, OrganizationModel organization) {
        RealmModel realm = liveRealm(session);
        if (realm != null) {
            new OrganizationGroups(session, realm).ensureAll(organization);
        }
    }

    private static void left(KeycloakSession session, OrganizationModel organization, UserModel user) {
        RealmModel realm = liveRealm(session);
        // A managed member leaves by being deleted: its memberships went with it.
        if (realm == null || session.users().getUserById(realm, user.getId()) == null) {
            return;
        }
        int left = new OrganizationGroups(session, realm).leaveOrganization(user, organization);
        LOG.debugf("User %s left organization %s and %d of its role groups", user.getId(), organization.getId(), left);
    }

    private static void removed(KeycloakSession session, OrganizationModel organization) {
        RealmModel realm = liveRealm(session);
        if (realm == null) {
            return; // the realm is being removed, and its groups with it
        }
        boolean removed = new OrganizationGroups(session, realm).removeOrganization(organization);
        LOG.debugf("Organization %s removed; its role groups %s", organization.getId(), removed ? "removed" : "did not exist");
    }

    /** The request's realm, unless it is being removed (then it is no longer found). */
    private static RealmModel liveRealm(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        return realm == null ? null : session.realms().getRealm(realm.getId());
    }
}
