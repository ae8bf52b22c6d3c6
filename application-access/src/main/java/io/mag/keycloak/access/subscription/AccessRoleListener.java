package io.mag.keycloak.access.subscription;

import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/**
 * The other half of the owner's subscription of a partner application created through the admin
 * REST: its access role can only be added after the client exists, and Keycloak publishes no
 * provider event when a role is added (only its admin event). When a client role is created or
 * renamed, the client is looked at as after a save ({@link OwnerSubscriptions#ensureFor}): the
 * owner is subscribed once both the partner attributes and the role exist, whichever came last;
 * never twice and never again after an operator ended it.
 *
 * <p>Keycloak's AdminEventBuilder calls listeners synchronously, in the request's session and
 * transaction: the subscription commits or rolls back with the role. User events are ignored.
 */
final class AccessRoleListener implements EventListenerProvider {

    private static final String CLIENTS = "clients/";
    private static final String ROLES_BY_ID = "roles-by-id/";

    private final KeycloakSession session;

    AccessRoleListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getResourceType() != ResourceType.CLIENT_ROLE
                || (event.getOperationType() != OperationType.CREATE && event.getOperationType() != OperationType.UPDATE)) {
            return;
        }
        RealmModel realm = event.getRealmId() == null ? null : session.realms().getRealm(event.getRealmId());
        ClientModel client = realm == null ? null : client(realm, event.getResourcePath());
        if (client != null) {
            OwnerSubscriptions.ensureFor(session, client);
        }
    }

    /**
     * The client whose role the event concerns: {@code clients/{id}/roles/{name}} (created or
     * updated by name) or {@code roles-by-id/{id}} (updated by id, as the admin console renames).
     */
    private ClientModel client(RealmModel realm, String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith(CLIENTS)) {
            int end = path.indexOf('/', CLIENTS.length());
            return end < 0 ? null : realm.getClientById(path.substring(CLIENTS.length(), end));
        }
        if (path.startsWith(ROLES_BY_ID)) {
            String id = path.substring(ROLES_BY_ID.length());
            RoleModel role = id.isEmpty() || id.contains("/") ? null : session.roles().getRoleById(realm, id);
            return role != null && role.isClientRole() && role.getContainer() instanceof ClientModel client ? client : null;
        }
        return null;
    }

    @Override
    public void close() {
    }
}
