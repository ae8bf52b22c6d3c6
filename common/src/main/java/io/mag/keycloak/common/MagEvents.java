package io.mag.keycloak.common;

/**
 * The gateway's event vocabulary, defined once for every capability. Keycloak's event types are a
 * closed enum, so the gateway's events are CUSTOM_REQUIRED_ACTION events (errors:
 * CUSTOM_REQUIRED_ACTION_ERROR) whose {@value #OPERATION} detail names what happened and whose
 * {@value #REFUSAL} detail, on a refused request, says why.
 */
public final class MagEvents {

    /** Detail: what happened, one of the operation names below. */
    public static final String OPERATION = "mag_operation";
    /** Detail: why a request was refused (a short code, never user input). */
    public static final String REFUSAL = "mag_refusal";

    // Account connections
    public static final String CONNECT = "CONNECT";
    public static final String DISCONNECT = "DISCONNECT";

    // OTP subscriptions
    public static final String RENEW = "RENEW";
    public static final String SETUP = "SETUP";
    public static final String EXPIRY_REMINDER = "EXPIRY_REMINDER";
    /** A new OTP credential was set up (Keycloak's CONFIGURE_TOTP, as the gateway gates it). */
    public static final String OTP_ADDED = "OTP_ADDED";
    /** Admin event: an operator set a subscription's dates. */
    public static final String SET_DATES = "SET_DATES";

    // Organization onboarding
    public static final String INVITATION_SENT = "INVITATION_SENT";
    public static final String INVITATION_RESENT = "INVITATION_RESENT";
    public static final String INVITATION_REVOKED = "INVITATION_REVOKED";
    public static final String REGISTRATION_SUBMITTED = "REGISTRATION_SUBMITTED";
    public static final String REGISTRATION_APPROVED = "REGISTRATION_APPROVED";
    public static final String REGISTRATION_REJECTED = "REGISTRATION_REJECTED";
    public static final String FIRST_LOGIN_COMPLETED = "FIRST_LOGIN_COMPLETED";
    public static final String OTP_SETUP_STARTED = "OTP_SETUP_STARTED";

    // Change requests (organization administration): filed, approved, rejected
    public static final String CHANGE_REQUESTED = "CHANGE_REQUESTED";
    public static final String CHANGE_APPROVED = "CHANGE_APPROVED";
    public static final String CHANGE_REJECTED = "CHANGE_REJECTED";

    // Sign-in recovery: the User IDs of an address were emailed ("Forgot User ID?"), recorded as
    // Keycloak's SEND_RESET_PASSWORD with this operation
    public static final String SEND_USER_IDS = "SEND_USER_IDS";

    // Onboarding details
    public static final String ORGANIZATION_ID = "organization_id";
    public static final String INVITATION_ID = "invitation_id";
    public static final String REGISTRATION_ID = "registration_id";
    /** Detail: the id of a change request (or another request an operator decides). */
    public static final String REQUEST_ID = "request_id";

    private MagEvents() {
    }
}
