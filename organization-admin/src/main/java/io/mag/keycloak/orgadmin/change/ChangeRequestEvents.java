package io.mag.keycloak.orgadmin.change;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/** The user events of change requests: {@code mag_operation} CHANGE_REQUESTED, CHANGE_APPROVED, CHANGE_REJECTED. */
final class ChangeRequestEvents {

    static final String ACTION = "mag-change-request";
    /** Detail: the request's kind (company-name, ...). */
    static final String KIND = "change_kind";

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
}
