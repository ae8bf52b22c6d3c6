package io.mag.keycloak.connection.action;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.MagEvents;

/**
 * User events of the Connect Accounts page. Keycloak's event types are a closed enum, so a
 * connection is a CUSTOM_REQUIRED_ACTION event (errors: CUSTOM_REQUIRED_ACTION_ERROR) whose
 * {@value MagEvents#OPERATION} detail says CONNECT or DISCONNECT, with both accounts' ids.
 */
final class ConnectionEvents {

    static final String PARENT_USER_ID = "parent_user_id";
    static final String CHILD_USER_ID = "child_user_id";

    private final RequiredActionContext context;

    ConnectionEvents(RequiredActionContext context) {
        this.context = context;
    }

    void success(String operation, UserModel child) {
        event(operation, child).success();
    }

    void error(String operation, UserModel child, String error) {
        event(operation, child).event(EventType.CUSTOM_REQUIRED_ACTION_ERROR).error(error);
    }

    void refused(String operation, UserModel child, String error, String refusal) {
        event(operation, child).event(EventType.CUSTOM_REQUIRED_ACTION_ERROR).detail(MagEvents.REFUSAL, refusal).error(error);
    }

    /** A copy, so the required action's own event (sent by Keycloak when the page is left) stays untouched. */
    private EventBuilder event(String operation, UserModel child) {
        EventBuilder event = context.getEvent().clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(context.getUser())
                .detail(Details.CUSTOM_REQUIRED_ACTION, ConnectAccountsActionFactory.PROVIDER_ID)
                .detail(MagEvents.OPERATION, operation)
                .detail(PARENT_USER_ID, context.getUser().getId());
        if (child != null) {
            event.detail(CHILD_USER_ID, child.getId());
        }
        return event;
    }
}
