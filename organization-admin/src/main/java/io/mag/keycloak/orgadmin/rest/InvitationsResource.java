package io.mag.keycloak.orgadmin.rest;

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
import io.mag.keycloak.orgadmin.users.OrganizationAccess;
import io.mag.keycloak.orgadmin.users.OrgAdminEvents;
import io.mag.keycloak.orgadmin.users.PersonInvitation;
import io.mag.keycloak.orgadmin.users.PersonInvitations;

/**
 * {@code .../mag-organization/invitations}: self-registration invitations of persons to the
 * organization (Keycloak's organization invitations). Organization Administrators send, list and
 * revoke them.
 */
public final class InvitationsResource {

    private final Caller caller;
    private final OrganizationAccess access;
    private final OrgAdminEvents events;

    InvitationsResource(Caller caller) {
        this.caller = caller;
        this.access = new OrganizationAccess(caller.session(), caller.realm());
        this.events = caller.events();
    }

    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("organization") String organizationId) {
        return Answers.of(caller, () -> Response.ok(invitations(organizationId, MagEvents.USER_VIEWED).list()).build());
    }

    /** Invites a person: 200 with the invitation (a pending one of the same address is answered as it is). */
    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response invite(InvitationBody body) {
        InvitationBody request = body == null ? new InvitationBody(null, null, null, null) : body;
        return Answers.of(caller, () -> {
            PersonInvitation invitation = invitations(request.organizationId(), MagEvents.PERSON_INVITED)
                    .invite(request.email(), request.firstName(), request.lastName());
            return Response.ok(invitation).build();
        });
    }

    public record InvitationBody(String organizationId, String email, String firstName, String lastName) {
    }

    /** Revokes the invitation: 204, also when it is no longer there. */
    @DELETE
    @Path("{id}")
    public Response revoke(@QueryParam("organization") String organizationId, @PathParam("id") String id) {
        return Answers.of(caller, () -> {
            invitations(organizationId, MagEvents.PERSON_INVITATION_REVOKED).revoke(id);
            return Response.noContent().build();
        });
    }

    private PersonInvitations invitations(String organizationId, String operation) {
        OrganizationModel organization = access.organization(caller.user(), organizationId, operation, events);
        access.requireAdministrator(caller.user(), organization, events.event(operation, organization.getId(), null));
        return new PersonInvitations(caller.session(), caller.realm(), organization, events);
    }
}
