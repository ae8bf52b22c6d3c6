package io.mag.keycloak.orgadmin.rest;

import java.net.URI;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.OrganizationModel;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.orgadmin.users.NewUser;
import io.mag.keycloak.orgadmin.users.OrganizationAccess;
import io.mag.keycloak.orgadmin.users.OrganizationUser;
import io.mag.keycloak.orgadmin.users.OrganizationUsers;
import io.mag.keycloak.orgadmin.users.OrgAdminEvents;
import io.mag.keycloak.orgadmin.users.Refusal;

/**
 * {@code .../mag-organization/users}: the organization's users. Organization Administrators
 * create, disable, re-enable and remove them and resend First Time Login instructions; they and
 * Organization Stewards list and search them. {@code organization} (query parameter, or
 * {@code organizationId} in a new user's body) names the organization for a user of several;
 * otherwise it is the caller's own.
 */
public final class UsersResource {

    private final Caller caller;
    private final OrganizationAccess access;
    private final OrgAdminEvents events;

    UsersResource(Caller caller) {
        this.caller = caller;
        this.access = new OrganizationAccess(caller.session(), caller.realm());
        this.events = caller.events();
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("organization") String organizationId, @QueryParam("search") String search,
                         @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        return answer(() -> {
            int from = first == null ? 0 : Math.max(0, first);
            int size = max == null ? OrganizationUsers.LIST_MAX : Math.max(0, max);
            return Response.ok(viewing(organizationId, MagEvents.USER_VIEWED).list(search, from, size)).build();
        });
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@QueryParam("organization") String organizationId, @PathParam("id") String id) {
        return answer(() -> Response.ok(viewing(organizationId, MagEvents.USER_VIEWED).get(id)).build());
    }

    /** A new user: 201 with Location and the user; the First Time Login email is sent once the transaction commits. */
    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(NewUserBody body) {
        NewUserBody request = body == null ? new NewUserBody(null, null, null, null, null, null, null) : body;
        return answer(() -> {
            OrganizationUsers.Creation creation = administering(request.organizationId(), MagEvents.USER_CREATED).create(new NewUser(request.username(),
                    request.firstName(), request.lastName(), request.email(), request.oneTimePassword(), request.locale()));
            if (!creation.created()) {
                // A repeated submit: the account the first one created, unchanged.
                return Response.ok(creation.user()).build();
            }
            URI location = caller.session().getContext().getUri().getAbsolutePathBuilder().path(creation.user().id()).build();
            return Response.created(location).entity(creation.user()).build();
        });
    }

    /** The body of a new user; {@code username} blank: a User ID is generated. */
    public record NewUserBody(String organizationId, String username, String firstName, String lastName, String email,
                              String oneTimePassword, String locale) {
    }

    @POST
    @Path("{id}/disable")
    @Produces(MediaType.APPLICATION_JSON)
    public Response disable(@QueryParam("organization") String organizationId, @PathParam("id") String id) {
        return answer(() -> Response.ok(administering(organizationId, MagEvents.USER_DISABLED).setEnabled(id, false)).build());
    }

    @POST
    @Path("{id}/enable")
    @Produces(MediaType.APPLICATION_JSON)
    public Response enable(@QueryParam("organization") String organizationId, @PathParam("id") String id) {
        return answer(() -> Response.ok(administering(organizationId, MagEvents.USER_ENABLED).setEnabled(id, true)).build());
    }

    /** Removes the user from the organization (and the account, if the organization manages it): 204. */
    @DELETE
    @Path("{id}")
    public Response remove(@QueryParam("organization") String organizationId, @PathParam("id") String id) {
        return answer(() -> {
            administering(organizationId, MagEvents.USER_REMOVED).remove(id);
            return Response.noContent().build();
        });
    }

    /** Sends the First Time Login instructions again; an optional body {@code {"oneTimePassword"}} replaces that password. */
    @POST
    @Path("{id}/resend-first-login")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    public Response resendFirstLogin(@QueryParam("organization") String organizationId, @PathParam("id") String id, ResendBody body) {
        return answer(() -> Response.ok(administering(organizationId, MagEvents.FIRST_LOGIN_RESENT)
                .resendFirstLogin(id, body == null ? null : body.oneTimePassword())).build());
    }

    public record ResendBody(String oneTimePassword) {
    }

    private OrganizationUsers administering(String organizationId, String operation) {
        OrganizationModel organization = access.organization(caller.user(), organizationId, operation, events);
        access.requireAdministrator(caller.user(), organization, events.event(operation, organization.getId(), null));
        return users(organization);
    }

    private OrganizationUsers viewing(String organizationId, String operation) {
        OrganizationModel organization = access.organization(caller.user(), organizationId, operation, events);
        access.requireViewer(caller.user(), organization, events.event(operation, organization.getId(), null));
        return users(organization);
    }

    private OrganizationUsers users(OrganizationModel organization) {
        return new OrganizationUsers(caller.session(), caller.realm(), caller.user(), organization, events, access);
    }

    private Response answer(Supplier<Response> action) {
        return Answers.of(caller, action);
    }
}
