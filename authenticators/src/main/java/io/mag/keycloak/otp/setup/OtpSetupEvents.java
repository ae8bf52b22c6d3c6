package io.mag.keycloak.otp.setup;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.credential.OTPCredentialModel;

import io.mag.keycloak.common.MagEvents;

/**
 * User events of the gated OTP setup, besides Keycloak's own UPDATE_CREDENTIAL of the setup:
 * refusals are UPDATE_CREDENTIAL_ERROR with {@code credential_type=otp} and {@code mag_refusal}
 * ({@code step_up_required}, or the entitlement's reason such as {@code unknown}, {@code used},
 * {@code other_user}, {@code empty}); a new credential is CUSTOM_REQUIRED_ACTION with
 * {@code custom_required_action=CONFIGURE_TOTP}, {@code mag_operation=OTP_ADDED}, its
 * {@code credential_id} and {@value #ENTITLED} (true when an entitlement was redeemed for it).
 */
final class OtpSetupEvents {

    static final String ENTITLED = "mag_entitled";

    private final RequiredActionContext context;

    OtpSetupEvents(RequiredActionContext context) {
        this.context = context;
    }

    void stepUpRequired() {
        refusal(Errors.NOT_ALLOWED, OtpSetupRules.STEP_UP_REQUIRED);
    }

    void entitlementRefused(String reason) {
        refusal(Errors.INVALID_CODE, reason);
    }

    void added(String credentialId, boolean entitled) {
        base().event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, OtpSetupActionFactory.PROVIDER_ID)
                .detail(MagEvents.OPERATION, MagEvents.OTP_ADDED)
                .detail(Details.CREDENTIAL_ID, credentialId)
                .detail(ENTITLED, String.valueOf(entitled))
                .success();
    }

    private void refusal(String error, String reason) {
        base().event(EventType.UPDATE_CREDENTIAL_ERROR).detail(MagEvents.REFUSAL, reason).error(error);
    }

    /** A copy, so the required action's own event stays untouched. */
    private EventBuilder base() {
        return context.getEvent().clone().user(context.getUser()).detail(Details.CREDENTIAL_TYPE, OTPCredentialModel.TYPE);
    }
}
