package io.mag.keycloak.orgadmin.change.admin;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.ErrorResponseException;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import io.mag.keycloak.common.LoginThemeMessages;
import io.mag.keycloak.common.queue.QueueDecided;
import io.mag.keycloak.common.queue.QueueDecisionRefused;
import io.mag.keycloak.orgadmin.change.ChangeRequestDecisions;
import io.mag.keycloak.orgadmin.change.ChangeRequestRepresentation;
import io.mag.keycloak.orgadmin.change.ChangeRequestStatus;
import io.mag.keycloak.orgadmin.change.ChangeRequests;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/**
 * {@code /admin/realms/{realm}/mag-change-requests}: operators list change requests and approve or
 * reject them, the reference beside the admin console's queue. Listing needs the right to view
 * users; deciding the right to manage users (403). Decisions are admin events (ORGANIZATION for an
 * organization's change, USER for a user's). Refusals answer 409 (no longer pending, the name or
 * address taken meanwhile) or 403 (the operator's own request) with a translated text.
 */
public final class ChangeRequestsAdminResource {

    static final int MAX = 1000;
    static final int MAX_REASON = 2000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    ChangeRequestsAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /** Oldest first; {@code status} = pending (default), approved, rejected, withdrawn or all. */
    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ChangeRequestRepresentation> list(@QueryParam("status") String status, @QueryParam("first") Integer first,
                                                  @QueryParam("max") Integer max) {
        auth.users().requireView();
        ChangeRequestStatus wanted = null;
        if (status == null || status.isBlank()) {
            wanted = ChangeRequestStatus.PENDING;
        } else if (!"all".equalsIgnoreCase(status)) {
            try {
                wanted = ChangeRequestStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ErrorResponseException("invalid_request", "status must be pending, approved, rejected, withdrawn or all",
                        Response.Status.BAD_REQUEST);
            }
        }
        int from = first == null ? 0 : first;
        int size = max == null ? 100 : Math.min(max, MAX);
        if (from < 0 || size < 0) {
            throw new ErrorResponseException("invalid_request", "first and max must not be negative", Response.Status.BAD_REQUEST);
        }
        return new ChangeRequests(session).list(realm, wanted, from, size).stream()
                .map(r -> ChangeRequestRepresentation.of(session, realm, r)).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ChangeRequestRepresentation get(@PathParam("id") String id) {
        auth.users().requireView();
        return ChangeRequestRepresentation.of(session, realm, request(id));
    }

    /** Approves: the change is made now, in this request's transaction; the people concerned are emailed after it. */
    @POST
    @Path("{id}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") String id) {
        auth.users().requireManage();
        ChangeRequestEntity request = request(id);
        UserModel operator = auth.adminAuth().getUser();
        try {
            new ChangeRequestDecisions(session, realm).approve(request, operator);
        } catch (ChangeRequestDecisions.Refused e) {
            throw refused(e.messageKey(), operator);
        } catch (PersistenceException | ModelException e) {
            throw refused(QueueDecisionRefused.NOT_PENDING, operator);
        }
        adminEvent(ChangeRequestDecisions.adminEvent(request, true, null));
        return Response.ok(ChangeRequestRepresentation.of(session, realm, request)).build();
    }

    /** Rejects with a reason (required, at most 2000 characters), which the people concerned are emailed. */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") String id, Rejection body) {
        auth.users().requireManage();
        UserModel operator = auth.adminAuth().getUser();
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty()) {
            throw error("invalid_request", "magQueueReasonRequired", Response.Status.BAD_REQUEST, operator);
        }
        if (reason.length() > MAX_REASON) {
            throw error("invalid_request", "magQueueReasonTooLong", Response.Status.BAD_REQUEST, operator);
        }
        ChangeRequestEntity request = request(id);
        try {
            new ChangeRequestDecisions(session, realm).reject(request, operator, reason);
        } catch (ChangeRequestDecisions.Refused e) {
            throw refused(e.messageKey(), operator);
        } catch (PersistenceException | ModelException e) {
            throw refused(QueueDecisionRefused.NOT_PENDING, operator);
        }
        adminEvent(ChangeRequestDecisions.adminEvent(request, false, reason));
        return Response.ok(ChangeRequestRepresentation.of(session, realm, request)).build();
    }

    private void adminEvent(QueueDecided decided) {
        adminEvent.resource(decided.resourceType())
                .operation(OperationType.ACTION)
                .resourcePath(session.getContext().getUri())
                .representation(decided.representation())
                .success();
    }

    private ChangeRequestEntity request(String id) {
        return new ChangeRequests(session).find(realm, id)
                .orElseThrow(() -> new ErrorResponseException("change_request_not_found", "Change request not found", Response.Status.NOT_FOUND));
    }

    private ErrorResponseException refused(String key, UserModel operator) {
        Response.Status status = QueueDecisionRefused.OWN_REQUEST.equals(key) ? Response.Status.FORBIDDEN : Response.Status.CONFLICT;
        String error = QueueDecisionRefused.NOT_PENDING.equals(key) ? "change_request_not_pending"
                : QueueDecisionRefused.OWN_REQUEST.equals(key) ? "own_request" : "change_not_possible";
        return error(error, key, status, operator);
    }

    private ErrorResponseException error(String error, String key, Response.Status status, UserModel operator) {
        return new ErrorResponseException(error, new LoginThemeMessages(session, realm, operator).text(key), status);
    }

    /** Body of reject. */
    public record Rejection(String reason) {
    }
}
