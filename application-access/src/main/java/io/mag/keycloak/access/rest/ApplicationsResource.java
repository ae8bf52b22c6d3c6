package io.mag.keycloak.access.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.dashboard.Dashboard;
import io.mag.keycloak.access.enforcement.ApplicationAccessDecision;
import io.mag.keycloak.access.request.AccessRequestDecisions;
import io.mag.keycloak.access.request.AccessRequestFiling;
import io.mag.keycloak.access.request.AccessRequestWithdrawal;
import io.mag.keycloak.access.request.AccessRequests;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;
import io.mag.keycloak.common.ApiBearerToken;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * {@code /realms/{realm}/mag-applications}: a user's dashboard, their access requests and the Application
 * Administrators' queue. The caller's bearer token must have the audience
 * {@code mag-applications} (or come from the account console). Deciding needs the Application
 * Administrator role of that application in that organization (403 and a
 * {@code mag_not_authorized} event otherwise), and never on one's own request; so do listing who
 * has access and removing it.
 *
 * <p>Public, as JAX-RS requires.
 */
public final class ApplicationsResource {

    /** Most access holders listed per organization. */
    static final int MAX_HOLDERS = 1000;

    private final KeycloakSession session;

    ApplicationsResource(KeycloakSession session) {
        this.session = session;
    }

    /**
     * The caller's dashboard: the applications of their organizations' subscriptions they have
     * access to (with the Launch URL and whether OTP is required), those they may request, and
     * their pending requests. Never another organization's applications.
     */
    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    public Dashboard dashboard() {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        return Dashboard.of(session, caller.realm(), caller.user());
    }

    /** The caller's own requests, newest first. */
    @GET
    @Path("requests")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AccessRequestRepresentation> myRequests() {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        return new AccessRequests(session).ofUser(caller.realm(), caller.user().getId()).stream()
                .map(r -> AccessRequestRepresentation.of(session, caller.realm(), r))
                .toList();
    }

    /**
     * Files a request for an application the caller's organization is subscribed to: 201 for a new
     * request, 200 with the pending one for a repeat, 200 with an approved one for an application
     * granted on request; 409 when the caller has access already, 403 when their organization is
     * not subscribed.
     */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response file(AccessRequestBody body) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        ClientModel client = body == null || body.clientId() == null ? null : caller.realm().getClientByClientId(body.clientId());
        if (client == null || !PartnerApplications.isPartnerApplication(client)) {
            throw caller.refused(Response.Status.NOT_FOUND, "not_found", "magAccessApplicationNotFound");
        }
        ApplicationAccessDecision.Outcome outcome = new ApplicationAccessDecision(session, caller.realm()).decide(caller.user(), client);
        if (outcome.allowed()) {
            throw caller.refused(Response.Status.CONFLICT, "has_access", "magAccessAlreadyGranted", PartnerApplications.displayName(client));
        }
        if (outcome.subscribedOrganization() == null) {
            throw caller.refused(Response.Status.FORBIDDEN, "not_subscribed", "magAccessNotSubscribed", PartnerApplications.displayName(client));
        }
        AccessRequestFiling.Result result = new AccessRequestFiling(session, caller.realm())
                .file(caller.user(), outcome.subscribedOrganization(), client, body.note());
        if (result.outcome() == AccessRequestFiling.Outcome.NOTE_TOO_LONG) {
            throw caller.refused(Response.Status.BAD_REQUEST, "invalid_request", result.messageKey(), AccessRequestFiling.NOTE_MAX);
        }
        AccessRequestRepresentation representation = AccessRequestRepresentation.of(session, caller.realm(), result.request());
        return Response.status(result.outcome() == AccessRequestFiling.Outcome.FILED ? Response.Status.CREATED : Response.Status.OK)
                .entity(representation).build();
    }

    /**
     * The caller withdraws their own pending request: 200 with it, now {@code WITHDRAWN}; 404 for
     * a request that is not theirs (recorded as a refusal), 409 when it is no longer pending.
     */
    @POST
    @Path("requests/{id}/withdraw")
    @Produces(MediaType.APPLICATION_JSON)
    public AccessRequestRepresentation withdraw(@PathParam("id") String id) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        AccessRequestEntity request = request(caller, id);
        try {
            new AccessRequestWithdrawal(session, caller.realm()).withdraw(request, caller.user(), caller.newEvent());
        } catch (AccessRequestDecisions.AlreadyDecided e) {
            throw caller.refused(Response.Status.CONFLICT, "not_pending", "magAccessRequestNoLongerPending");
        } catch (RuntimeException e) {
            throw translate(caller, e);
        }
        return AccessRequestRepresentation.of(session, caller.realm(), request);
    }

    /** The pending requests of every application the caller administers, per organization, oldest first. */
    @GET
    @Path("queue")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AccessRequestRepresentation> queue() {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        AccessRequests requests = new AccessRequests(session);
        List<AccessRequestRepresentation> queue = new ArrayList<>();
        new OrganizationRoles(session, caller.realm()).rolesOf(caller.user()).stream()
                .filter(held -> held.role() == MagRole.APPLICATION_ADMINISTRATOR && held.client() != null)
                .forEach(held -> requests.pendingFor(caller.realm(), held.organization().getId(), held.client().getId())
                        .forEach(r -> queue.add(AccessRequestRepresentation.of(session, caller.realm(), r))));
        return queue;
    }

    @POST
    @Path("queue/{id}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    public AccessRequestRepresentation approve(@PathParam("id") String id) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        AccessRequestEntity request = request(caller, id);
        try {
            new AccessRequestDecisions(session, caller.realm()).approve(request, caller.user(), caller.newEvent());
        } catch (RuntimeException e) {
            throw translate(caller, e);
        }
        return AccessRequestRepresentation.of(session, caller.realm(), request);
    }

    @POST
    @Path("queue/{id}/deny")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AccessRequestRepresentation deny(@PathParam("id") String id, DenyBody body) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        AccessRequestEntity request = request(caller, id);
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty()) {
            throw caller.refused(Response.Status.BAD_REQUEST, "invalid_request", "magAccessDenyReasonRequired");
        }
        if (reason.length() > AccessRequestDecisions.REASON_MAX) {
            throw caller.refused(Response.Status.BAD_REQUEST, "invalid_request", "magAccessDenyReasonTooLong", AccessRequestDecisions.REASON_MAX);
        }
        try {
            new AccessRequestDecisions(session, caller.realm()).deny(request, caller.user(), reason, caller.newEvent());
        } catch (RuntimeException e) {
            throw translate(caller, e);
        }
        return AccessRequestRepresentation.of(session, caller.realm(), request);
    }

    /**
     * Who has access to the application in the organizations where the caller is its Application
     * Administrator (403 where they administer it nowhere).
     */
    @GET
    @Path("{clientId}/access")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AccessHolder> access(@PathParam("clientId") String clientId) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        ClientModel client = partnerApplication(caller, clientId);
        List<AccessHolder> holders = new ArrayList<>();
        OrganizationGroups groups = new OrganizationGroups(session, caller.realm());
        for (OrganizationModel organization : administered(caller, client)) {
            groups.members(organization, MagRole.APPLICATION_USER, client, 0, MAX_HOLDERS).forEach(user -> holders.add(new AccessHolder(
                    user.getId(), user.getUsername(), fullName(user), organization.getId(), organization.getName())));
        }
        return holders;
    }

    /**
     * Removes a user's access (they leave the application's users group): their next refresh,
     * user-info request and sign-in are refused. 204; 404 when the user has no access there.
     */
    @DELETE
    @Path("{clientId}/access/{userId}")
    public Response removeAccess(@PathParam("clientId") String clientId, @PathParam("userId") String userId) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        ClientModel client = partnerApplication(caller, clientId);
        UserModel user = session.users().getUserById(caller.realm(), userId);
        OrganizationGroups groups = new OrganizationGroups(session, caller.realm());
        for (OrganizationModel organization : administered(caller, client)) {
            if (user != null && groups.leave(user, organization, MagRole.APPLICATION_USER, client)) {
                AccessEvents.of(session, caller.realm(), MagEvents.ACCESS_REMOVED, organization.getId(), client)
                        .user(caller.user())
                        .detail("removed_user_id", user.getId())
                        .success();
                return Response.noContent().build();
            }
        }
        throw caller.refused(Response.Status.NOT_FOUND, "not_found", "magAccessHolderNotFound");
    }

    private ClientModel partnerApplication(RestCaller caller, String clientId) {
        ClientModel client = clientId == null ? null : caller.realm().getClientByClientId(clientId);
        if (client == null || !PartnerApplications.isPartnerApplication(client)) {
            throw caller.refused(Response.Status.NOT_FOUND, "not_found", "magAccessApplicationNotFound");
        }
        return client;
    }

    /** The organizations where the caller administers the application; 403 with an event when none. */
    private List<OrganizationModel> administered(RestCaller caller, ClientModel client) {
        OrganizationRoles roles = new OrganizationRoles(session, caller.realm());
        List<OrganizationModel> organizations = roles.rolesOf(caller.user()).stream()
                .filter(held -> held.role() == MagRole.APPLICATION_ADMINISTRATOR && held.client() != null
                        && held.client().getId().equals(client.getId()))
                .map(OrganizationRoles.Held::organization)
                .distinct()
                .toList();
        if (organizations.isEmpty()) {
            roles.requireAdministers(caller.user(), roles.organizationsOf(caller.user()).stream().findFirst().orElse(null), client, caller.newEvent());
        }
        return organizations;
    }

    private static String fullName(UserModel user) {
        return ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
    }

    private AccessRequestEntity request(RestCaller caller, String id) {
        return new AccessRequests(session).find(caller.realm(), id)
                .orElseThrow(() -> caller.refused(Response.Status.NOT_FOUND, "not_found", "magAccessRequestNotFound"));
    }

    private static RuntimeException translate(RestCaller caller, RuntimeException e) {
        if (e instanceof AccessRequestDecisions.OwnRequest) {
            return caller.refused(Response.Status.FORBIDDEN, "forbidden", "magAccessOwnRequest");
        }
        if (e instanceof AccessRequestDecisions.AlreadyDecided) {
            return caller.refused(Response.Status.CONFLICT, "already_decided", "magAccessRequestDecided");
        }
        if (e instanceof AccessRequestWithdrawal.NotTheirs) {
            return caller.refused(Response.Status.NOT_FOUND, "not_found", "magAccessRequestNotFound");
        }
        if (e instanceof AccessRequestDecisions.Gone) {
            return caller.refused(Response.Status.CONFLICT, "gone", "magAccessRequestGone");
        }
        return e;
    }

    /** An Organization Administrator's offers and public registrations ({@link OrganizationApplicationsResource}). */
    @Path("organization")
    public OrganizationApplicationsResource organization() {
        return new OrganizationApplicationsResource(session);
    }
}
