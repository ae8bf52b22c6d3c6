package io.mag.keycloak.onboarding.approval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.ErrorResponseException;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import io.mag.keycloak.common.queue.QueueDecided;
import io.mag.keycloak.onboarding.registration.jpa.OrgRegistrationEntity;
import io.mag.keycloak.onboarding.registration.RegistrationStatus;
import io.mag.keycloak.onboarding.registration.Registrations;

/**
 * {@code /admin/realms/{realm}/mag-registrations}: operators list pending registrations and
 * approve or reject them. Keycloak authenticates the caller (401 otherwise); listing needs the
 * right to view organizations, deciding the right to manage organizations and users (403).
 * Decisions are admin events (resource type ORGANIZATION).
 */
public final class RegistrationsAdminResource {

    static final int MAX = 1000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    RegistrationsAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.ORGANIZATION);
    }

    /** Requests, oldest first; {@code status} = pending (default), approved, rejected or all. */
    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RegistrationRepresentation> list(@QueryParam("status") String status,
                                                 @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        auth.orgs().requireView();
        RegistrationStatus wanted = null;
        if (status == null || status.isBlank()) {
            wanted = RegistrationStatus.PENDING;
        } else if (!"all".equalsIgnoreCase(status)) {
            try {
                wanted = RegistrationStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error("invalid_request", "status must be pending, approved, rejected or all", Response.Status.BAD_REQUEST);
            }
        }
        int from = first == null ? 0 : first;
        int size = max == null ? 100 : Math.min(max, MAX);
        if (from < 0 || size < 0) {
            throw error("invalid_request", "first and max must not be negative", Response.Status.BAD_REQUEST);
        }
        return new Registrations(session).list(realm, wanted, from, size).stream().map(this::toRepresentation).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RegistrationRepresentation get(@PathParam("id") String id) {
        auth.orgs().requireView();
        return toRepresentation(registration(id));
    }

    /** Approves: the organization and its administrators become active; they get their emails after the commit. */
    @POST
    @Path("{id}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") String id) {
        requireDecide();
        OrgRegistrationEntity registration = registration(id);
        try {
            new RegistrationDecisions(session, realm).approve(registration, auth.adminAuth().getUser().getId());
        } catch (RegistrationDecisions.UnresolvedDesignations e) {
            throw error("unresolved_designations", "Some administrators could not be designated: "
                    + String.join(", ", e.designations()) + ". Reject the request with a reason instead.", Response.Status.CONFLICT);
        } catch (RegistrationDecisions.AlreadyDecided | PersistenceException | ModelException e) {
            throw alreadyDecided();
        }
        adminEvent(RegistrationDecisions.adminEvent(registration, true, null));
        return Response.ok(toRepresentation(registration)).build();
    }

    /** Rejects with a reason (required): the registrant is told; the users and the organization are removed. */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") String id, RejectRequest request) {
        requireDecide();
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            throw error("invalid_request", "reason is required", Response.Status.BAD_REQUEST);
        }
        if (reason.length() > 2000) {
            throw error("invalid_request", "reason must be at most 2000 characters", Response.Status.BAD_REQUEST);
        }
        // Line breaks and tabs are text; other control characters are not, and PostgreSQL cannot
        // store a NUL at all (the database error would otherwise surface as a failed decision).
        if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw error("invalid_request", "reason must not contain control characters", Response.Status.BAD_REQUEST);
        }
        OrgRegistrationEntity registration = registration(id);
        try {
            new RegistrationDecisions(session, realm).reject(registration, auth.adminAuth().getUser().getId(), reason);
        } catch (RegistrationDecisions.AlreadyDecided | PersistenceException | ModelException e) {
            throw alreadyDecided();
        }
        adminEvent(RegistrationDecisions.adminEvent(registration, false, reason));
        return Response.ok(toRepresentation(registration)).build();
    }

    private void adminEvent(QueueDecided decided) {
        adminEvent.resource(decided.resourceType()).operation(OperationType.ACTION)
                .resourcePath(session.getContext().getUri())
                .representation(decided.representation())
                .success();
    }

    private void requireDecide() {
        auth.orgs().requireManage();
        auth.users().requireManage();
    }

    private OrgRegistrationEntity registration(String id) {
        return new Registrations(session).find(realm, id)
                .orElseThrow(() -> error("registration_not_found", "Registration not found", Response.Status.NOT_FOUND));
    }

    private RegistrationRepresentation toRepresentation(OrgRegistrationEntity e) {
        OrganizationModel organization = e.getOrganizationId() == null ? null : session.getProvider(OrganizationProvider.class).getById(e.getOrganizationId());
        return new RegistrationRepresentation(e.getId(), e.getStatus().toLowerCase(Locale.ROOT), e.getOrganizationId(),
                organization == null ? e.getOrgName() : organization.getName(), e.getContactEmail(), e.getInvitationId(),
                e.getPartnerOrgId(), e.getClientId(), e.getOrgAdminUserId(), ids(e.getAppAdminUserIds()), ids(e.getAdminUserIds()),
                e.getSubmittedAt(), e.getDecidedAt(), e.getDecidedBy(), e.getReason(),
                organization == null ? Map.of() : organization.getAttributes());
    }

    private static List<String> ids(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }

    private static ErrorResponseException alreadyDecided() {
        return error("registration_already_decided", "The registration is no longer pending", Response.Status.CONFLICT);
    }

    private static ErrorResponseException error(String error, String description, Response.Status status) {
        return new ErrorResponseException(error, description, status);
    }

    /** Body of reject. */
    public record RejectRequest(String reason) {
    }

    /** A registration request as the API shows it. */
    public record RegistrationRepresentation(String id, String status, String organizationId, String organizationName,
                                             String contactEmail, String invitationId, String partnerOrganizationId,
                                             String clientId, String organizationAdministrator, List<String> applicationAdministrators,
                                             List<String> administrators, long submittedAt, Long decidedAt, String decidedBy,
                                             String reason, Map<String, List<String>> organizationAttributes) {
    }
}
