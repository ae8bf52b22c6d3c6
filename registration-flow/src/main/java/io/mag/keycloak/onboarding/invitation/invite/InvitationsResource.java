package io.mag.keycloak.onboarding.invitation.invite;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.ApiBearerToken;
import io.mag.keycloak.common.LoginThemeMessages;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.onboarding.invitation.Invitation;
import io.mag.keycloak.onboarding.invitation.InvitationStatus;

/**
 * {@code /realms/{realm}/mag-invitations}: the invite page for automation. The caller is the
 * inviter, authenticated by their access token whose audience is this API
 * ({@link ApiBearerToken#INVITATIONS}; 401 otherwise);
 * the same rule as the page decides what they may do (403 otherwise). Errors are
 * {@code {"error", "error_description", "field_errors"}}; messages come from the login theme.
 *
 * <p>Public, as JAX-RS requires. Methods at the resource's own path carry {@code @Path("")}:
 * without it Keycloak answers 405.
 */
public final class InvitationsResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    InvitationsResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    /** The partner's invitations, newest first; {@code status} = pending, registered, expired or revoked. */
    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("status") String status, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        Caller caller = caller(InvitationEvents.VIEW);
        InvitationStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = InvitationStatus.parse(status);
            if (wanted == null) {
                return error(Response.Status.BAD_REQUEST, Errors.INVALID_REQUEST, "status must be pending, registered, expired or revoked", List.of());
            }
        }
        int from = first == null ? 0 : first;
        int size = max == null ? Invitations.LIST_MAX : Math.min(max, 1000);
        if (from < 0 || size < 0) {
            return error(Response.Status.BAD_REQUEST, Errors.INVALID_REQUEST, "first and max must not be negative", List.of());
        }
        long now = Time.currentTime();
        return Response.ok(caller.invitations().list(wanted, from, size).stream()
                .map(i -> InvitationRepresentation.of(i, now)).toList()).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        Caller caller = caller(InvitationEvents.VIEW);
        return caller.invitations().find(id)
                .map(i -> Response.ok(InvitationRepresentation.of(i, Time.currentTime())).build())
                .orElseGet(this::notFound);
    }

    /** Existing organizations whose name or domain contains {@code search} (for an email address: its domain). */
    @GET
    @Path("organizations")
    @Produces(MediaType.APPLICATION_JSON)
    public Response searchOrganizations(@QueryParam("search") String search) {
        Caller caller = caller(InvitationEvents.VIEW);
        if (search == null || search.isBlank() || search.length() > Invitations.SEARCH_QUERY_MAX) {
            return error(Response.Status.BAD_REQUEST, Errors.INVALID_REQUEST,
                    "search must be 1 to " + Invitations.SEARCH_QUERY_MAX + " characters", List.of());
        }
        return Response.ok(caller.invitations().search(search)).build();
    }

    /** The applications the caller may share: their partner's. */
    @GET
    @Path("applications")
    @Produces(MediaType.APPLICATION_JSON)
    public Response applications() {
        Caller caller = caller(InvitationEvents.VIEW);
        return Response.ok(caller.inviter().applications().stream()
                .map(c -> new Application(c.getClientId(), PartnerApplications.displayName(c))).toList()).build();
    }

    record Application(String clientId, String name) {
    }

    /** Invites: 201 with Location and the invitation; the email is sent once the transaction commits. */
    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(InvitationBody body) {
        Caller caller = caller(MagEvents.INVITATION_SENT);
        InvitationBody request = body == null ? new InvitationBody(null, null, null, null) : body;
        Invitations.Result result = caller.invitations().invite(new InvitationRequest(request.companyName(), request.contactEmail(), request.clientIds(),
                request.locale()));
        return switch (result.outcome()) {
            case OK -> {
                URI location = session.getContext().getUri().getAbsolutePathBuilder().path(result.invitation().id()).build();
                yield Response.created(location).entity(InvitationRepresentation.of(result.invitation(), Time.currentTime())).build();
            }
            case CONFLICT -> fieldErrors(caller, Response.Status.CONFLICT, "conflict", result);
            default -> fieldErrors(caller, Response.Status.BAD_REQUEST, Errors.INVALID_REQUEST, result);
        };
    }

    @POST
    @Path("{id}/resend")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resend(@PathParam("id") String id) {
        Caller caller = caller(MagEvents.INVITATION_RESENT);
        return changed(caller, caller.invitations().resend(id));
    }

    @POST
    @Path("{id}/revoke")
    @Produces(MediaType.APPLICATION_JSON)
    public Response revoke(@PathParam("id") String id) {
        Caller caller = caller(MagEvents.INVITATION_REVOKED);
        return changed(caller, caller.invitations().revoke(id));
    }

    /** Same as {@code POST {id}/revoke}, answering 204. The invitation is kept, revoked, for the record. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        Caller caller = caller(MagEvents.INVITATION_REVOKED);
        Response response = changed(caller, caller.invitations().revoke(id));
        return response.getStatus() == 200 ? Response.noContent().build() : response;
    }

    private Response changed(Caller caller, Invitations.Result result) {
        return switch (result.outcome()) {
            case OK -> Response.ok(InvitationRepresentation.of(result.invitation(), Time.currentTime())).build();
            case NOT_PENDING -> error(Response.Status.CONFLICT, Invitations.NOT_PENDING,
                    caller.messages().format("magInviteNotPending", List.of(result.invitation().companyName())), List.of());
            default -> notFound();
        };
    }

    private Response notFound() {
        return error(Response.Status.NOT_FOUND, "not_found", "Invitation not found", List.of());
    }

    private Response fieldErrors(Caller caller, Response.Status status, String error, Invitations.Result result) {
        List<ApiError.Field> fields = result.errors().stream()
                .map(e -> new ApiError.Field(e.field(), e.messageKey(), caller.messages().format(e.messageKey(), e.parameters())))
                .toList();
        String description = fields.stream().map(ApiError.Field::message).reduce((a, b) -> a + " " + b).orElse(error);
        return error(status, error, description, fields);
    }

    private static Response error(Response.Status status, String error, String description, List<ApiError.Field> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(error, description, fields)).build();
    }

    /** The authenticated inviter, or the request ends here with 401 or 403 (and a refusal event). */
    private Caller caller(String operation) {
        ApiBearerToken.Caller bearer = ApiBearerToken.INVITATIONS.authenticate(session);
        if (bearer.outcome() == ApiBearerToken.Outcome.NO_TOKEN) {
            throw new WebApplicationException(error(Response.Status.UNAUTHORIZED, "not_authorized",
                    "A valid bearer token of the inviter is required", List.of()));
        }
        UserModel user = bearer.user();
        EventBuilder base = new EventBuilder(realm, session, session.getContext().getConnection()).client(bearer.client());
        if (!bearer.accepted()) {
            new InvitationEvents(base, user).error(operation, null, null, Errors.INVALID_TOKEN, ApiBearerToken.WRONG_AUDIENCE);
            throw new WebApplicationException(error(Response.Status.UNAUTHORIZED, "invalid_token",
                    new LoginThemeMessages(session, realm, user).format("magInviteWrongAudience", List.of(ApiBearerToken.INVITATIONS.audience())),
                    List.of()));
        }
        Inviters.Access access = Inviters.of(session, realm, user);
        if (!access.allowed()) {
            new InvitationEvents(base, user).error(operation, null, null, Errors.NOT_ALLOWED, access.refusal());
            throw new WebApplicationException(error(Response.Status.FORBIDDEN, "forbidden",
                    new LoginThemeMessages(session, realm, user).text("magInviteNotAllowed"), List.of()));
        }
        InvitationEvents events = new InvitationEvents(base, user);
        return new Caller(access.inviter(), new Invitations(session, realm, access.inviter(), events), new LoginThemeMessages(session, realm, user));
    }

    private record Caller(Inviter inviter, Invitations invitations, LoginThemeMessages messages) {
    }
}
