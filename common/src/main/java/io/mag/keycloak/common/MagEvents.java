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

    // Sign-in recovery: the User IDs of an address were emailed ("Forgot User ID?"), recorded as
    // Keycloak's SEND_RESET_PASSWORD with this operation
    public static final String SEND_USER_IDS = "SEND_USER_IDS";

    // Application access (subscriptions, access requests) and organization administration (users,
    // roles, change requests): the operations of the role model, defined here once for both
    public static final String SUBSCRIBED = "SUBSCRIBED";
    public static final String SUBSCRIPTION_OFFERED = "SUBSCRIPTION_OFFERED";
    public static final String OFFER_ACCEPTED = "OFFER_ACCEPTED";
    public static final String OFFER_DECLINED = "OFFER_DECLINED";
    public static final String SUBSCRIPTION_ENDED = "SUBSCRIPTION_ENDED";
    public static final String ACCESS_REQUESTED = "ACCESS_REQUESTED";
    public static final String ACCESS_GRANTED = "ACCESS_GRANTED";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    public static final String ACCESS_REMOVED = "ACCESS_REMOVED";
    public static final String ACCESS_REQUEST_WITHDRAWN = "ACCESS_REQUEST_WITHDRAWN";
    public static final String ROLE_GRANTED = "ROLE_GRANTED";
    public static final String ROLE_REMOVED = "ROLE_REMOVED";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String USER_ENABLED = "USER_ENABLED";
    public static final String USER_REMOVED = "USER_REMOVED";
    public static final String CHANGE_REQUESTED = "CHANGE_REQUESTED";
    public static final String CHANGE_APPROVED = "CHANGE_APPROVED";
    public static final String CHANGE_REJECTED = "CHANGE_REJECTED";
    /** Admin event of the operator's migration of the realm-wide roles into organization groups. */
    public static final String ROLE_MODEL_MIGRATED = "ROLE_MODEL_MIGRATED";

    // Refusals (event error codes) of the role model
    /** The actor does not hold the role for the organization (or application) the action is for. */
    public static final String NOT_AUTHORIZED = "mag_not_authorized";
    /** A sign-in or token for a partner application was refused ({@value #REFUSAL}: not_subscribed or no_access). */
    public static final String APPLICATION_ACCESS_DENIED = "application_access_denied";

    // Role-model details
    /** The {@code mag.role} value of the role concerned (see MagRole). */
    public static final String MAG_ROLE = "mag_role";
    /** The clientId of the application concerned. */
    public static final String CLIENT_ID = "client_id";
    /** The id of the access or change request concerned. */
    public static final String REQUEST_ID = "request_id";
    /** The id of the subscription concerned. */
    public static final String SUBSCRIPTION_ID = "subscription_id";

    // Organization administration (My Organization and /realms/{realm}/mag-organization), beside the role model's operations
    /** Only as a refusal: a look at the organization's users, roles or invitations was refused. */
    public static final String USER_VIEWED = "USERS_VIEW";
    public static final String FIRST_LOGIN_RESENT = "FIRST_LOGIN_RESENT";
    public static final String PERSON_INVITED = "PERSON_INVITED";
    public static final String PERSON_INVITATION_REVOKED = "PERSON_INVITATION_REVOKED";

    // Onboarding details
    public static final String ORGANIZATION_ID = "organization_id";
    public static final String INVITATION_ID = "invitation_id";
    public static final String REGISTRATION_ID = "registration_id";

    private MagEvents() {
    }
}
