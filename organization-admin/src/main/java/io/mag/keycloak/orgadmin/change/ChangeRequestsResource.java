package io.mag.keycloak.orgadmin.change;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.OrganizationModel;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.common.roles.OrganizationRoles;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;
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
 * or Steward sees the organization's. {@code POST {id}/withdraw} takes back a pending request the
 * caller filed. Who may file what: company name and address, an
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
        ChangeRequestFiling.Filed filed;
        try {
            filed = new ChangeRequestSubmission(caller.session(), caller.realm()).submit(caller.user(),
                    body == null ? null : new ChangeRequestSubmission.Filing(body.kind(), body.organizationId(), body.userId(), body.values()),
                    caller.eventBase());
        } catch (ChangeRequestPayload.Invalid e) {
            // The payload's messages name the field; the others (unknown kind, no organization, no member) take none.
            List<Object> parameters = List.of("magChangeUnknownKind", "magChangeOrganizationRequired", "magChangeNotAMember").contains(e.messageKey())
                    ? List.of() : List.of(e.field());
            return invalid("invalid_request", e.messageKey(), parameters);
        } catch (OrganizationForbidden forbidden) {
            return forbidden.getResponse();
        }
        ChangeRequestRepresentation representation = ChangeRequestRepresentation.of(caller.session(), caller.realm(), filed.request());
        if (!filed.created()) {
            return Response.ok(representation).build();
        }
        URI location = caller.session().getContext().getUri().getAbsolutePathBuilder().path(filed.request().getId()).build();
        return Response.created(location).entity(representation).build();
    }

    /**
     * The requester takes back a pending request: 200 with it (status withdrawn); 404 unknown, 403
     * filed by someone else, 409 already decided or withdrawn.
     */
    @POST
    @Path("{id}/withdraw")
    @Produces(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") String id) {
        try {
            ChangeRequestEntity request = new ChangeRequestWithdrawal(caller.session(), caller.realm()).withdraw(caller.user(), id);
            return Response.ok(ChangeRequestRepresentation.of(caller.session(), caller.realm(), request)).build();
        } catch (ChangeRequestWithdrawal.Refused refused) {
            return ApiError.response(Response.Status.fromStatusCode(refused.status()), refused.error(),
                    caller.messages().format(refused.messageKey(), List.of()), List.of());
        }
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
