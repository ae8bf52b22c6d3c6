package io.mag.keycloak.onboarding;

/**
 * Names shared by every onboarding event. Keycloak's event types are a closed enum, so, as for
 * account connections, onboarding events are CUSTOM_REQUIRED_ACTION events (errors:
 * CUSTOM_REQUIRED_ACTION_ERROR) whose {@value #OPERATION} detail names what happened.
 */
public final class OnboardingEvents {

    public static final String OPERATION = "mag_operation";

    public static final String INVITATION_SENT = "INVITATION_SENT";
    public static final String INVITATION_RESENT = "INVITATION_RESENT";
    public static final String INVITATION_REVOKED = "INVITATION_REVOKED";
    public static final String REGISTRATION_SUBMITTED = "REGISTRATION_SUBMITTED";
    public static final String REGISTRATION_APPROVED = "REGISTRATION_APPROVED";
    public static final String REGISTRATION_REJECTED = "REGISTRATION_REJECTED";
    public static final String FIRST_LOGIN_COMPLETED = "FIRST_LOGIN_COMPLETED";

    public static final String ORGANIZATION_ID = "organization_id";
    public static final String INVITATION_ID = "invitation_id";
    public static final String REGISTRATION_ID = "registration_id";
    /** Why a request was refused (a short code, never user input). */
    public static final String REFUSAL = "mag_refusal";

    private OnboardingEvents() {
    }
}
