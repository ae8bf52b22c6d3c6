package io.mag.keycloak.orgadmin.change;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/**
 * The user events of change requests: {@code mag_operation} CHANGE_REQUESTED, CHANGE_WITHDRAWN,
 * CHANGE_APPROVED, CHANGE_REJECTED, and the errors of refused ones.
 */
final class ChangeRequestEvents {

    static final String ACTION = "mag-change-request";
    /** Detail: the request's kind (company-name, ...). */
    static final String KIND = "change_kind";
    /** Detail of an invalid request: the field at fault. */
    static final String FIELD = "field";

    private ChangeRequestEvents() {
    }

    static EventBuilder event(KeycloakSession session, RealmModel realm) {
        return new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, ACTION);
    }

    /** A success event of {@code operation} about {@code request}, by {@code actorId}. */
    static void success(KeycloakSession session, RealmModel realm, ChangeRequestEntity request, String operation, String actorId) {
        event(session, realm)
                .user(actorId)
                .detail(MagEvents.OPERATION, operation)
                .detail(MagEvents.REQUEST_ID, request.getId())
                .detail(MagEvents.ORGANIZATION_ID, request.getOrganizationId())
                .detail(KIND, ChangeRequestKind.valueOf(request.getKind()).code())
                .success();
    }

    /** An error event of {@code operation} by {@code actorId}: nothing was filed or changed. */
    static void refused(KeycloakSession session, RealmModel realm, String actorId, String operation, ChangeRequestKind kind,
                        String organizationId, String error, String field) {
        EventBuilder event = event(session, realm).user(actorId).detail(MagEvents.OPERATION, operation);
        if (kind != null) {
            event.detail(KIND, kind.code());
        }
        if (organizationId != null) {
            event.detail(MagEvents.ORGANIZATION_ID, organizationId);
        }
        if (field != null) {
            event.detail(FIELD, field);
        }
        event.error(error);
    }

    /** An error event about an existing request (withdrawing it failed). */
    static void refused(KeycloakSession session, RealmModel realm, ChangeRequestEntity request, String operation, String actorId,
                        String error) {
        event(session, realm)
                .user(actorId)
                .detail(MagEvents.OPERATION, operation)
                .detail(MagEvents.REQUEST_ID, request.getId())
                .detail(MagEvents.ORGANIZATION_ID, request.getOrganizationId())
                .detail(KIND, ChangeRequestKind.valueOf(request.getKind()).code())
                .error(error);
    }
}
