package io.mag.keycloak.onboarding.wizard;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.MagEvents;

/**
 * User events of the wizard: CUSTOM_REQUIRED_ACTION with {@code mag_operation=REGISTRATION_SUBMITTED},
 * and CUSTOM_REQUIRED_ACTION_ERROR with an error code for every refusal.
 */
final class WizardEvents {

    static final String WIZARD = "mag-registration";

    /** Error codes of refused wizard requests. */
    static final String CAPTCHA_FAILED = "mag_captcha_failed";
    static final String RATE_LIMITED = "mag_rate_limited";
    static final String INVALID_LINK = "mag_invalid_link";
    static final String NOT_PUBLIC = "mag_public_registration_not_allowed";
    static final String SESSION_EXPIRED = "mag_registration_expired";
    static final String STALE_FORM = "invalid_form";
    static final String VALIDATION = "invalid_registration";
    static final String NAME_TAKEN = "mag_organization_name_taken";
    static final String OVERSIZED = "mag_request_too_large";

    private final KeycloakSession session;
    private final RealmModel realm;

    WizardEvents(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    EventBuilder base(WizardDraft draft) {
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, WIZARD);
        if (draft != null) {
            event.detail(MagEvents.REGISTRATION_ID, draft.id);
            if (draft.invitationId != null) {
                event.detail(MagEvents.INVITATION_ID, draft.invitationId);
            }
            if (draft.clientId != null) {
                event.detail("client_id", draft.clientId);
            }
        }
        return event;
    }

    void error(WizardDraft draft, String error, String refusal) {
        EventBuilder event = base(draft).event(EventType.CUSTOM_REQUIRED_ACTION_ERROR);
        if (refusal != null) {
            event.detail(MagEvents.REFUSAL, refusal);
        }
        event.error(error);
    }
}
