package io.mag.keycloak.otp.manage;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.otp.OtpRenewals;

/**
 * User events of the Manage OTP page: CUSTOM_REQUIRED_ACTION (errors:
 * CUSTOM_REQUIRED_ACTION_ERROR) with {@code custom_required_action=mag-manage-otp},
 * {@value MagEvents#OPERATION} = RENEW or SETUP, the OTP {@code credential_id}, and for renewals the
 * expiry before and after (epoch ms) or the entitlement's refusal reason.
 */
final class ManageOtpEvents {

    static final String EXPIRES_BEFORE = "mag_expires_before";
    static final String EXPIRES_AFTER = "mag_expires_after";

    private final RequiredActionContext context;

    ManageOtpEvents(RequiredActionContext context) {
        this.context = context;
    }

    void renewed(OtpRenewals.Result result) {
        event(MagEvents.RENEW, result.before().credentialId())
                .detail(EXPIRES_BEFORE, String.valueOf(result.before().expiresAt().toEpochMilli()))
                .detail(EXPIRES_AFTER, String.valueOf(result.after().expiresAt().toEpochMilli()))
                .success();
    }

    void setupRequested() {
        event(MagEvents.SETUP, null).success();
    }

    void error(String operation, String credentialId, String error, String refusal) {
        EventBuilder event = event(operation, credentialId).event(EventType.CUSTOM_REQUIRED_ACTION_ERROR);
        if (refusal != null) {
            event.detail(MagEvents.REFUSAL, refusal);
        }
        event.error(error);
    }

    /** A copy, so the required action's own event stays untouched. */
    private EventBuilder event(String operation, String credentialId) {
        EventBuilder event = context.getEvent().clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(context.getUser())
                .detail(Details.CUSTOM_REQUIRED_ACTION, ManageOtpActionFactory.PROVIDER_ID)
                .detail(MagEvents.OPERATION, operation);
        if (credentialId != null) {
            event.detail(Details.CREDENTIAL_ID, credentialId);
        }
        return event;
    }
}
