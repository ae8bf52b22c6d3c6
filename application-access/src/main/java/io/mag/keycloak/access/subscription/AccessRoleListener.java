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
 * renamed, and when a partial import added a client (with its roles), the client is looked at as
 * after a save ({@link OwnerSubscriptions#ensureFor}): the owner is subscribed once both the
 * partner attributes and the role exist, whichever came last; never twice and never again after
 * an operator ended it.
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
        boolean roleChange = event.getResourceType() == ResourceType.CLIENT_ROLE
                && (event.getOperationType() == OperationType.CREATE || event.getOperationType() == OperationType.UPDATE);
        // A partial import announces each client it added (path clients/{id}) after it imported
        // everything, the clients' roles included; a client created alone comes here too, harmlessly.
        boolean clientAdded = event.getOperationType() == OperationType.CREATE;
        if (!roleChange && !clientAdded) {
            return;
        }
        RealmModel realm = event.getRealmId() == null ? null : session.realms().getRealm(event.getRealmId());
        ClientModel client = realm == null ? null : client(realm, event.getResourcePath(), roleChange);
        if (client != null) {
            OwnerSubscriptions.ensureFor(session, client);
        }
    }

    /**
     * The client the event concerns: for a role change {@code clients/{id}/roles/{name}} (created
     * or updated by name) or {@code roles-by-id/{id}} (updated by id, as the admin console
     * renames); for an added client {@code clients/{id}}.
     */
    private ClientModel client(RealmModel realm, String path, boolean roleChange) {
        if (path == null) {
            return null;
        }
        if (path.startsWith(CLIENTS)) {
            int end = path.indexOf('/', CLIENTS.length());
            if (roleChange) {
                return end < 0 ? null : realm.getClientById(path.substring(CLIENTS.length(), end));
            }
            return end >= 0 || path.length() == CLIENTS.length() ? null : realm.getClientById(path.substring(CLIENTS.length()));
        }
        if (!roleChange) {
            return null;
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
