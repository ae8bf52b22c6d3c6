package io.mag.keycloak.orgadmin.users;

import java.util.Map;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import io.mag.keycloak.common.MagEvents;

/**
 * The events of organization administration, from the My Organization page and from REST alike.
 * User events: CUSTOM_REQUIRED_ACTION (errors: CUSTOM_REQUIRED_ACTION_ERROR) with
 * {@code custom_required_action=mag-my-organization}, {@value MagEvents#OPERATION},
 * {@value MagEvents#ORGANIZATION_ID}, {@value #SUBJECT_USER_ID} (the user acted on) and, on a
 * refusal, {@value MagEvents#REFUSAL}. Changes an operator should see in the admin console's admin
 * events also write an admin event, whose actor is the acting user.
 */
public final class OrgAdminEvents {

    /** The event's {@code custom_required_action}: the page's provider id, also for REST. */
    public static final String SOURCE = "mag-my-organization";
    /** Detail: the user an action was about. */
    public static final String SUBJECT_USER_ID = "subject_user_id";

    private final EventBuilder base;
    private final UserModel actor;
    private final AdminEventBuilder adminEvent;

    /** @param base an event builder with realm, client and connection; it is copied, never sent */
    public OrgAdminEvents(EventBuilder base, UserModel actor, AdminEventBuilder adminEvent) {
        this.base = base;
        this.actor = actor;
        this.adminEvent = adminEvent;
    }

    /** A copy of the base event for {@code operation}, for a refusal that someone else records. */
    public EventBuilder event(String operation, String organizationId, String subjectUserId) {
        EventBuilder event = base.clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(actor)
                .detail(Details.CUSTOM_REQUIRED_ACTION, SOURCE)
                .detail(MagEvents.OPERATION, operation);
        if (organizationId != null) {
            event.detail(MagEvents.ORGANIZATION_ID, organizationId);
        }
        if (subjectUserId != null) {
            event.detail(SUBJECT_USER_ID, subjectUserId);
        }
        return event;
    }

    public void success(String operation, String organizationId, String subjectUserId, Map<String, String> details) {
        EventBuilder event = event(operation, organizationId, subjectUserId);
        details.forEach(event::detail);
        event.success();
    }

    public void refused(String operation, String organizationId, String error, String refusal) {
        refused(operation, organizationId, null, error, refusal);
    }

    public void refused(String operation, String organizationId, String subjectUserId, String error, String refusal) {
        EventBuilder event = event(operation, organizationId, subjectUserId).event(EventType.CUSTOM_REQUIRED_ACTION_ERROR);
        if (refusal != null) {
            event.detail(MagEvents.REFUSAL, refusal);
        }
        event.error(error);
    }

    /** An admin event on a resource below the realm's admin API path (e.g. users, id). */
    public void admin(OperationType operation, ResourceType resource, Object representation, String... path) {
        if (adminEvent == null) {
            return;
        }
        adminEvent.operation(operation).resource(resource).resourcePath(path)
                .representation(representation).success();
    }
}
