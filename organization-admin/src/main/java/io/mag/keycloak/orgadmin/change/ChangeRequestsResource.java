package io.mag.keycloak.orgadmin.change;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.common.roles.OrganizationRoles;
import io.mag.keycloak.orgadmin.rest.ApiError;
import io.mag.keycloak.orgadmin.rest.Caller;

/**
 * {@code /realms/{realm}/mag-organization/change-requests}: filing change requests and seeing them
 * pending. {@code POST} files one ({@code kind}, {@code organizationId} (optional when the caller
 * belongs to one organization), {@code userId} (the user concerned: the new Organization
 * Administrator, or a member whose email or legal name an Organization Administrator asks to
 * change on their behalf; default the caller), {@code values}); 201 with the request, or 200 with
 * the request already pending for the same subject and kind. {@code GET} lists the requests the
 * caller filed or that concern them; with {@code organization=<id>} an Organization Administrator
 * or Steward sees the organization's. Who may file what: company name and address, an
 * Organization Administrator or Steward of the organization; a new Organization Administrator, an
 * Organization Administrator; email and legal name, the member themselves or an Organization
 * Administrator for a member. Refusals are 403 (and a {@code mag_not_authorized} event) or 400.
 *
 * <p>Public, as JAX-RS requires.
 */
public final class ChangeRequestsResource {

    static final int MAX_LISTED = 200;

    private final Caller caller;
    private final OrganizationRoles roles;

    public ChangeRequestsResource(Caller caller) {
        this.caller = caller;
        this.roles = new OrganizationRoles(caller.session(), caller.realm());
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("organization") String organizationId) {
        ChangeRequests requests = new ChangeRequests(caller.session());
        if (organizationId == null || organizationId.isBlank()) {
            return Response.ok(requests.ofUser(caller.realm(), caller.user().getId(), MAX_LISTED).stream()
                    .map(r -> ChangeRequestRepresentation.of(caller.session(), caller.realm(), r)).toList()).build();
        }
        OrganizationModel organization = roles.organization(organizationId);
        try {
            if (!roles.holds(caller.user(), organization, MagRole.ORGANIZATION_STEWARD)) {
                roles.require(caller.user(), organization, MagRole.ORGANIZATION_ADMINISTRATOR, event(MagEvents.USER_VIEWED));
            }
        } catch (OrganizationForbidden forbidden) {
            return forbidden.getResponse();
        }
        return Response.ok(requests.ofOrganization(caller.realm(), organization.getId(), MAX_LISTED).stream()
                .map(r -> ChangeRequestRepresentation.of(caller.session(), caller.realm(), r)).toList()).build();
    }

    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response file(Filing body) {
        ChangeRequestKind kind = body == null ? null : ChangeRequestKind.ofCode(body.kind()).orElse(null);
        if (kind == null) {
            return invalid("invalid_request", "magChangeUnknownKind", List.of());
        }
        OrganizationModel organization = organization(body.organizationId());
        if (organization == null) {
            return invalid("invalid_request", "magChangeOrganizationRequired", List.of());
        }
        Map<String, String> values;
        try {
            values = ChangeRequestPayload.validate(kind, body.values() == null ? Map.of() : body.values());
        } catch (ChangeRequestPayload.Invalid e) {
            return invalid("invalid_request", e.messageKey(), List.of(e.field()));
        }
        UserModel subject;
        try {
            subject = authorize(kind, organization, body.userId(), values);
        } catch (OrganizationForbidden forbidden) {
            return forbidden.getResponse();
        }
        if (subject == null && (kind.aboutUser() || kind == ChangeRequestKind.ORGANIZATION_ADMINISTRATOR)) {
            return invalid("invalid_request", "magChangeNotAMember", List.of());
        }
        ChangeRequestFiling.Filed filed = new ChangeRequestFiling(caller.session(), caller.realm())
                .file(caller.user(), organization, kind, subject, values);
        ChangeRequestRepresentation representation = ChangeRequestRepresentation.of(caller.session(), caller.realm(), filed.request());
        if (!filed.created()) {
            return Response.ok(representation).build();
        }
        URI location = caller.session().getContext().getUri().getAbsolutePathBuilder().path(filed.request().getId()).build();
        return Response.created(location).entity(representation).build();
    }

    /**
     * The user the change is about, once the caller may request it; null when that user is not a
     * member of the organization.
     */
    private UserModel authorize(ChangeRequestKind kind, OrganizationModel organization, String userId, Map<String, String> values) {
        EventBuilder event = event(MagEvents.CHANGE_REQUESTED);
        switch (kind) {
            case COMPANY_NAME, COMPANY_ADDRESS -> {
                if (!roles.holds(caller.user(), organization, MagRole.ORGANIZATION_STEWARD)) {
                    roles.require(caller.user(), organization, MagRole.ORGANIZATION_ADMINISTRATOR, event);
                }
                return null;
            }
            case ORGANIZATION_ADMINISTRATOR -> {
                roles.require(caller.user(), organization, MagRole.ORGANIZATION_ADMINISTRATOR, event);
                return member(organization, values.get("userId"));
            }
            default -> {
                String subjectId = userId == null || userId.isBlank() ? caller.user().getId() : userId;
                if (subjectId.equals(caller.user().getId())) {
                    roles.require(caller.user(), organization, MagRole.USER, event);
                } else {
                    roles.require(caller.user(), organization, MagRole.ORGANIZATION_ADMINISTRATOR, event);
                }
                return member(organization, subjectId);
            }
        }
    }

    private UserModel member(OrganizationModel organization, String userId) {
        UserModel user = userId == null ? null : caller.session().users().getUserById(caller.realm(), userId);
        return user != null && caller.session().getProvider(OrganizationProvider.class).isMember(organization, user) ? user : null;
    }

    private OrganizationModel organization(String id) {
        if (id != null && !id.isBlank()) {
            return roles.organization(id);
        }
        List<OrganizationModel> mine = roles.organizationsOf(caller.user());
        return mine.size() == 1 ? mine.get(0) : null;
    }

    private EventBuilder event(String operation) {
        return caller.eventBase().event(EventType.CUSTOM_REQUIRED_ACTION).detail(MagEvents.OPERATION, operation);
    }

    private Response invalid(String error, String key, List<Object> parameters) {
        return ApiError.response(Response.Status.BAD_REQUEST, error, caller.messages().format(key, parameters), List.of());
    }

    /** Body of a filing. */
    public record Filing(String kind, String organizationId, String userId, Map<String, String> values) {
    }
}
