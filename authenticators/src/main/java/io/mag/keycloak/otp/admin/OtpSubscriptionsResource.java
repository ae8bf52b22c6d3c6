package io.mag.keycloak.otp.admin;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.ErrorResponseException;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.otp.OtpRenewals;
import io.mag.keycloak.otp.OtpSubscription;
import io.mag.keycloak.otp.SubscriptionCalendar;
import io.mag.keycloak.otp.SubscriptionCredentials;
import io.mag.keycloak.otp.SubscriptionSettings;
import io.mag.keycloak.otp.license.LicenseKeys;
import io.mag.keycloak.otp.reminder.ExpiryReminders;

/**
 * {@code /admin/realms/{realm}/mag-otp-subscriptions}: operators read and set a user's OTP
 * subscription dates, renew, issue license keys, and run the expiry reminders now. Keycloak has
 * authenticated the caller (401 otherwise); each method checks Keycloak's user permissions (403).
 * Errors are {@code {"error", "error_description"}}. Changes are admin events (resource type USER).
 *
 * <p>Public, as JAX-RS requires; methods at the resource's own path would need {@code @Path("")}.
 */
public final class OtpSubscriptionsResource {

    private static final Logger LOG = Logger.getLogger(OtpSubscriptionsResource.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    OtpSubscriptionsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.USER);
    }

    /** Every OTP credential of the user with its subscription. */
    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Representations.Subscription> ofUser(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireView(user);
        SubscriptionCredentials store = new SubscriptionCredentials(user);
        return store.otpCredentials().stream()
                .filter(otp -> store.subscriptionOf(otp).isPresent())
                .map(otp -> representation(store, otp))
                .toList();
    }

    @GET
    @Path("users/{userId}/credentials/{credentialId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Subscription ofCredential(@PathParam("userId") String userId, @PathParam("credentialId") String credentialId) {
        UserModel user = user(userId);
        auth.users().requireView(user);
        SubscriptionCredentials store = new SubscriptionCredentials(user);
        CredentialModel otp = store.otpCredential(credentialId).orElseThrow(OtpSubscriptionsResource::credentialNotFound);
        if (store.subscriptionOf(otp).isEmpty()) {
            throw credentialNotFound();
        }
        return representation(store, otp);
    }

    /** Sets the dates (for corrections, migrations, or a sale made outside the gateway); records them if they were implicit. */
    @PUT
    @Path("users/{userId}/credentials/{credentialId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Subscription setDates(@PathParam("userId") String userId, @PathParam("credentialId") String credentialId,
                                                 Representations.Dates dates) {
        UserModel user = user(userId);
        auth.users().requireManage(user);
        if (dates == null || dates.activatedAt() == null || dates.expiresAt() == null) {
            throw invalidRequest("activatedAt and expiresAt are required (ISO-8601 instants, e.g. 2026-01-31T00:00:00Z)");
        }
        Instant activatedAt = instant(dates.activatedAt(), "activatedAt");
        Instant expiresAt = instant(dates.expiresAt(), "expiresAt");
        if (!expiresAt.isAfter(activatedAt)) {
            throw invalidRequest("expiresAt must be after activatedAt");
        }
        OtpSubscription subscription = new OtpRenewals(session, realm, user).setDates(credentialId, activatedAt, expiresAt)
                .orElseThrow(OtpSubscriptionsResource::credentialNotFound);
        LOG.debugf("Admin set OTP subscription of credential %s of user %s: %s - %s", credentialId, user.getId(), activatedAt, expiresAt);
        event(OperationType.UPDATE, user, subscription, MagEvents.SET_DATES);
        SubscriptionCredentials store = new SubscriptionCredentials(user);
        return representation(store, store.otpCredential(credentialId).orElseThrow());
    }

    /** The operator renews (the same rule as the user's Renew button: only inside the renewal window). */
    @POST
    @Path("users/{userId}/credentials/{credentialId}/renewal")
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.Subscription renew(@PathParam("userId") String userId, @PathParam("credentialId") String credentialId) {
        UserModel user = user(userId);
        auth.users().requireManage(user);
        OtpRenewals.Result result = new OtpRenewals(session, realm, user).renewByOperator(credentialId);
        switch (result.outcome()) {
            case RENEWED -> {
                event(OperationType.ACTION, user, result.after(), MagEvents.RENEW);
                SubscriptionCredentials store = new SubscriptionCredentials(user);
                return representation(store, store.otpCredential(credentialId).orElseThrow());
            }
            case NOT_RENEWABLE -> throw new ErrorResponseException("renewal_not_open",
                    "The credential is outside its renewal window; set dates or have the user set up a new credential",
                    Response.Status.CONFLICT);
            default -> throw credentialNotFound();
        }
    }

    /** Issues a license key that only this user can redeem, once. The key is in this answer only. */
    @POST
    @Path("users/{userId}/license-keys")
    @Produces(MediaType.APPLICATION_JSON)
    public Response issueKey(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireManage(user);
        String operatorId = auth.adminAuth().getUser().getId();
        LicenseKeys.Issued issued = keys().issue(realm, user.getId(), operatorId);
        adminEvent.operation(OperationType.CREATE)
                .resourcePath(session.getContext().getUri(), issued.id())
                .representation(new Representations.LicenseKeyEvent(issued.id(), user.getId()))
                .success();
        URI location = session.getContext().getUri().getAbsolutePathBuilder().path(issued.id()).build();
        return Response.created(location).entity(Representations.LicenseKey.issued(issued, operatorId)).build();
    }

    @GET
    @Path("users/{userId}/license-keys")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Representations.LicenseKey> keysOf(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireView(user);
        return keys().ofUser(realm, user.getId()).stream().map(Representations.LicenseKey::stored).toList();
    }

    @GET
    @Path("users/{userId}/license-keys/{keyId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.LicenseKey key(@PathParam("userId") String userId, @PathParam("keyId") String keyId) {
        UserModel user = user(userId);
        auth.users().requireView(user);
        return keys().byId(realm, keyId)
                .filter(k -> k.userId().equals(user.getId()))
                .map(Representations.LicenseKey::stored)
                .orElseThrow(() -> new ErrorResponseException("license_key_not_found", "License key not found", Response.Status.NOT_FOUND));
    }

    /**
     * Runs the expiry reminders of this realm now, as the scheduled task does (which runs them
     * for every realm every interval); reminders already sent are not sent again.
     */
    @POST
    @Path("reminders")
    @Produces(MediaType.APPLICATION_JSON)
    public Representations.ReminderRun runReminders() {
        auth.realm().requireManageRealm();
        return new Representations.ReminderRun(new ExpiryReminders(session).run(realm));
    }

    private Representations.Subscription representation(SubscriptionCredentials store, CredentialModel otp) {
        OtpSubscription subscription = store.subscriptionOf(otp).orElseThrow(OtpSubscriptionsResource::credentialNotFound);
        SubscriptionCalendar calendar = SubscriptionSettings.calendar(realm);
        return Representations.Subscription.of(otp.getUserLabel(), subscription, calendar,
                Instant.ofEpochMilli(Time.currentTimeMillis()), store.isRecorded(otp));
    }

    private void event(OperationType operation, UserModel user, OtpSubscription subscription, String what) {
        adminEvent.operation(operation)
                .resourcePath(session.getContext().getUri())
                .representation(new Representations.SubscriptionEvent(user.getId(), subscription.credentialId(), what,
                        subscription.activatedAt().toString(), subscription.expiresAt().toString()))
                .success();
    }

    private LicenseKeys keys() {
        return new LicenseKeys(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    private UserModel user(String userId) {
        UserModel user = userId == null ? null : session.users().getUserById(realm, userId);
        if (user == null) {
            // Same answer as Keycloak's users API; permissions are checked on the found user.
            auth.users().requireQuery();
            throw new ErrorResponseException("user_not_found", "User not found", Response.Status.NOT_FOUND);
        }
        return user;
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalidRequest(field + " must be an ISO-8601 instant, e.g. 2026-01-31T00:00:00Z");
        }
    }

    private static ErrorResponseException invalidRequest(String description) {
        return new ErrorResponseException("invalid_request", description, Response.Status.BAD_REQUEST);
    }

    private static ErrorResponseException credentialNotFound() {
        return new ErrorResponseException("credential_not_found", "The user has no such OTP credential", Response.Status.NOT_FOUND);
    }
}
