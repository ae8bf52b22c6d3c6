package io.mag.keycloak.onboarding.firstlogin;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;

import io.mag.keycloak.common.MagEvents;

/**
 * User events of first-time login: CUSTOM_REQUIRED_ACTION (errors: CUSTOM_REQUIRED_ACTION_ERROR)
 * with {@code custom_required_action=mag-first-time-login}, {@code mag_operation} =
 * FIRST_LOGIN_COMPLETED (or OTP_SETUP_STARTED when the user goes to set up OTP), the
 * {@code organization_id} and {@value #OTP} = {@code configured} or {@code not_now}.
 */
final class FirstTimeLoginEvents {

    /** Whether the user has an OTP credential at completion. */
    static final String OTP = "mag_otp";
    static final String OTP_CONFIGURED = "configured";
    static final String OTP_NOT_NOW = "not_now";

    private final RequiredActionContext context;
    private final SharedApplications shared;

    FirstTimeLoginEvents(RequiredActionContext context, SharedApplications shared) {
        this.context = context;
        this.shared = shared;
    }

    void completed(boolean otpConfigured) {
        event(MagEvents.FIRST_LOGIN_COMPLETED).detail(OTP, otpConfigured ? OTP_CONFIGURED : OTP_NOT_NOW).success();
    }

    void otpSetupStarted() {
        event(MagEvents.OTP_SETUP_STARTED).success();
    }

    void error(String operation, String error, String refusal) {
        EventBuilder event = event(operation).event(EventType.CUSTOM_REQUIRED_ACTION_ERROR);
        if (refusal != null) {
            event.detail(MagEvents.REFUSAL, refusal);
        }
        event.error(error);
    }

    /** A copy, so the required action's own event (sent by Keycloak when the action ends) stays untouched. */
    private EventBuilder event(String operation) {
        EventBuilder event = context.getEvent().clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(context.getUser())
                .detail(Details.CUSTOM_REQUIRED_ACTION, FirstTimeLoginActionFactory.PROVIDER_ID)
                .detail(MagEvents.OPERATION, operation);
        String organizationId = shared.organizationIdDetail();
        if (organizationId != null) {
            event.detail(MagEvents.ORGANIZATION_ID, organizationId);
        }
        return event;
    }
}
