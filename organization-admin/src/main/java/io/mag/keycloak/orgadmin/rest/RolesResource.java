package io.mag.keycloak.orgadmin.rest;

import java.util.Map;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.models.OrganizationModel;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.RoleGrants;
import io.mag.keycloak.orgadmin.roles.RoleAssignments;
import io.mag.keycloak.orgadmin.users.OrganizationAccess;
import io.mag.keycloak.orgadmin.users.OrgAdminEvents;

/**
 * {@code .../mag-organization/roles}: the roles of the organization's users. {@code GET} lists
 * the roles the caller may grant; {@code GET {userId}} a user's roles; {@code PUT} and
 * {@code DELETE {userId}/{role}} grant and remove one ({@code role}: its {@code mag.role} value,
 * e.g. {@code organization-steward}), answering the user's roles. Idempotent. Organization
 * Administrators assign the roles they hold (not their own); the operator (an admin of the realm
 * who manages users) assigns any role in any organization, naming it with {@code organization}:
 * this is how Organization Administrators are appointed.
 */
public final class RolesResource {

    private final Caller caller;
    private final OrganizationAccess access;
    private final OrgAdminEvents events;

    RolesResource(Caller caller) {
        this.caller = caller;
        this.access = new OrganizationAccess(caller.session(), caller.realm());
        this.events = caller.events();
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public Response grantable(@QueryParam("organization") String organizationId) {
        return Answers.of(caller, () -> {
            RoleAssignments roles = assignments(organizationId, MagEvents.USER_VIEWED, false);
            return Response.ok(Map.of("organizationId", roles.organizationId(),
                    "grantable", roles.grantable().stream().map(MagRole::value).toList())).build();
        });
    }

    @GET
    @Path("{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response rolesOf(@QueryParam("organization") String organizationId, @PathParam("userId") String userId) {
        return Answers.of(caller, () -> Response.ok(assignments(organizationId, MagEvents.USER_VIEWED, false).rolesOfMember(userId)).build());
    }

    @PUT
    @Path("{userId}/{role}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response grant(@QueryParam("organization") String organizationId, @PathParam("userId") String userId, @PathParam("role") String role) {
        return Answers.of(caller, () -> {
            RoleAssignments roles = assignments(organizationId, MagEvents.ROLE_GRANTED, true);
            return Response.ok(roles.grant(userId, RoleAssignments.role(role, events, MagEvents.ROLE_GRANTED, roles.organizationId()))).build();
        });
    }

    @DELETE
    @Path("{userId}/{role}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response remove(@QueryParam("organization") String organizationId, @PathParam("userId") String userId, @PathParam("role") String role) {
        return Answers.of(caller, () -> {
            RoleAssignments roles = assignments(organizationId, MagEvents.ROLE_REMOVED, true);
            return Response.ok(roles.remove(userId, RoleAssignments.role(role, events, MagEvents.ROLE_REMOVED, roles.organizationId()))).build();
        });
    }

    private RoleAssignments assignments(String organizationId, String operation, boolean administering) {
        OrganizationModel organization = access.organization(caller.user(), organizationId, operation, events);
        if (administering && new RoleGrants(caller.session(), caller.realm()).isOperator(caller.user())) {
            // The operator appoints Organization Administrators (and may assign any role) in any organization.
        } else if (administering) {
            access.requireAdministrator(caller.user(), organization, events.event(operation, organization.getId(), null));
        } else {
            access.requireViewer(caller.user(), organization, events.event(operation, organization.getId(), null));
        }
        return new RoleAssignments(caller.session(), caller.realm(), caller.user(), organization, events, access);
    }
}
