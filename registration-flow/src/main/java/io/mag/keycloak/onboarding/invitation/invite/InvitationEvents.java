package io.mag.keycloak.onboarding.invitation.invite;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.onboarding.invitation.Invitation;

/**
 * User events of inviting, from the page and from REST alike: CUSTOM_REQUIRED_ACTION (errors:
 * CUSTOM_REQUIRED_ACTION_ERROR) with {@code custom_required_action=mag-invite-organizations},
 * {@value MagEvents#OPERATION} = INVITATION_SENT / INVITATION_RESENT / INVITATION_REVOKED
 * (or {@value #VIEW} for a refused look at the page or the lists), {@value MagEvents#ORGANIZATION_ID}
 * (the inviting partner organization), {@value MagEvents#INVITATION_ID}, and for errors a
 * {@value MagEvents#REFUSAL} code.
 */
final class InvitationEvents {

    static final String VIEW = "INVITATIONS_VIEW";

    private final EventBuilder base;
    private final UserModel user;

    /** @param base an event builder with realm, client and connection; it is copied, never sent */
    InvitationEvents(EventBuilder base, UserModel user) {
        this.base = base;
        this.user = user;
    }

    void success(String operation, Invitation invitation) {
        event(operation, invitation.partnerOrganizationId(), invitation.id()).success();
    }

    void error(String operation, String organizationId, String invitationId, String error, String refusal) {
        EventBuilder event = event(operation, organizationId, invitationId).event(EventType.CUSTOM_REQUIRED_ACTION_ERROR);
        if (refusal != null) {
            event.detail(MagEvents.REFUSAL, refusal);
        }
        event.error(error);
    }

    private EventBuilder event(String operation, String organizationId, String invitationId) {
        EventBuilder event = base.clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, InviteOrganizationsActionFactory.PROVIDER_ID)
                .detail(MagEvents.OPERATION, operation);
        if (organizationId != null) {
            event.detail(MagEvents.ORGANIZATION_ID, organizationId);
        }
        if (invitationId != null) {
            event.detail(MagEvents.INVITATION_ID, invitationId);
        }
        return event;
    }
}
