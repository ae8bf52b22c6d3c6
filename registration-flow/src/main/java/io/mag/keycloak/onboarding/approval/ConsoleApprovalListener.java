package io.mag.keycloak.onboarding.approval;

import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.managers.RealmManager;

import io.mag.keycloak.onboarding.registration.RegistrationStatus;
import io.mag.keycloak.onboarding.registration.Registrations;

/**
 * Approving in the admin console: an operator opens the pending (disabled) organization and
 * switches it to enabled. Keycloak's AdminEventBuilder calls event listeners synchronously, inside
 * the request's transaction and with the request's session, right after the organization was
 * updated; this listener then approves the pending request of that organization in the same
 * transaction. AdminEventBuilder swallows listener exceptions, so on a failure the listener marks
 * the transaction rollback-only: the organization stays disabled and nothing half-approved is kept.
 * Enabled per realm: Realm settings → Events → Event listeners →
 * {@value ConsoleApprovalListenerFactory#PROVIDER_ID}.
 */
final class ConsoleApprovalListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(ConsoleApprovalListener.class);
    private static final String PATH_PREFIX = "organizations/";

    private final KeycloakSession session;

    ConsoleApprovalListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getResourceType() != ResourceType.ORGANIZATION || event.getOperationType() != OperationType.UPDATE) {
            return;
        }
        String path = event.getResourcePath();
        if (path == null || !path.startsWith(PATH_PREFIX) || path.indexOf('/', PATH_PREFIX.length()) >= 0) {
            return;
        }
        RealmModel realm = session.getContext().getRealm();
        if (realm == null || !realm.getId().equals(event.getRealmId())) {
            return;
        }
        try {
            OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(path.substring(PATH_PREFIX.length()));
            if (organization == null || !organization.isEnabled()) {
                return;
            }
            new Registrations(session).byOrganization(realm, organization.getId())
                    .filter(r -> RegistrationStatus.PENDING.name().equals(r.getStatus()))
                    .ifPresent(r -> {
                        if (!mayApprove(realm, event.getAuthDetails())) {
                            // Enabling the organization needs manage-realm only; approving also enables
                            // users and grants roles, which the REST path guards with manage-users.
                            LOG.warnf("Admin %s may not manage users: the approval of organization %s is refused and the update rolled back",
                                    event.getAuthDetails() == null ? null : event.getAuthDetails().getUserId(), organization.getId());
                            session.getTransactionManager().setRollbackOnly();
                            return;
                        }
                        new RegistrationDecisions(session, realm).approve(r, event.getAuthDetails().getUserId());
                    });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Approving the registration of organization %s failed; the update is rolled back", path);
            session.getTransactionManager().setRollbackOnly();
        }
    }

    @Override
    public void close() {
    }

    /**
     * Whether the admin who saved the organization holds the realm's manage-users admin role (the
     * permission the admin REST approval requires): on the realm's realm-management client for an
     * admin of the realm, on the realm's client in the administration (master) realm otherwise, as
     * Keycloak's MgmtPermissions#hasOneAdminRole resolves it. Fine-grained user permissions are not
     * consulted: an operator who may only manage some users cannot approve from the console.
     */
    private boolean mayApprove(RealmModel realm, AuthDetails auth) {
        if (auth == null || auth.getRealmId() == null || auth.getUserId() == null) {
            return false;
        }
        RealmModel adminsRealm = session.realms().getRealm(auth.getRealmId());
        UserModel admin = adminsRealm == null ? null : session.users().getUserById(adminsRealm, auth.getUserId());
        if (admin == null) {
            return false;
        }
        ClientModel adminClient;
        if (RealmManager.isAdministrationRealm(adminsRealm)) {
            adminClient = realm.getMasterAdminClient();
        } else if (adminsRealm.getId().equals(realm.getId())) {
            adminClient = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        } else {
            return false;
        }
        RoleModel manageUsers = adminClient == null ? null : adminClient.getRole(AdminRoles.MANAGE_USERS);
        return manageUsers != null && admin.hasRole(manageUsers);
    }
}
