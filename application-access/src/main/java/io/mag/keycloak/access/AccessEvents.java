package io.mag.keycloak.access;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.MagEvents;

/**
 * The user events of application access: CUSTOM_REQUIRED_ACTION events (errors:
 * CUSTOM_REQUIRED_ACTION_ERROR) with {@code custom_required_action=mag-application-access}, the
 * {@code mag_operation} that happened and the organization and application concerned.
 */
public final class AccessEvents {

    public static final String ACTION = "mag-application-access";

    private AccessEvents() {
    }

    /** An event of {@code operation} on {@code client} for {@code organizationId}, not yet recorded. */
    public static EventBuilder of(KeycloakSession session, RealmModel realm, String operation, String organizationId, ClientModel client) {
        // No connection when the server itself acts (the owner's subscription at a start-up import).
        EventBuilder event = (session.getContext().getConnection() == null
                ? new EventBuilder(realm, session)
                : new EventBuilder(realm, session, session.getContext().getConnection()))
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, ACTION)
                .detail(MagEvents.OPERATION, operation);
        if (organizationId != null) {
            event.detail(MagEvents.ORGANIZATION_ID, organizationId);
        }
        if (client != null) {
            event.detail(MagEvents.CLIENT_ID, client.getClientId());
        }
        return event;
    }
}
