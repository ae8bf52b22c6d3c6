package io.mag.keycloak.access.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.admin.OperationType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.access.offer.PublicRegistrations;
import io.mag.keycloak.access.offer.SubscriptionAdminEvents;
import io.mag.keycloak.access.offer.SubscriptionOffers;
import io.mag.keycloak.access.subscription.SubscriptionRepresentation;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.ApiBearerToken;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * {@code /realms/{realm}/mag-applications/organization}: an Organization Administrator's side of
 * partner applications (the REST behind My Organization's Partner Applications page): the offers
 * awaiting their organization's answer, accept (choosing Application Administrators among its
 * members) or decline; the applications open to public registration and registering for one.
 * Every change needs the Organization Administrator role of the organization concerned (403 and a
 * {@code mag_not_authorized} event otherwise) and writes an admin event, the subscriptions being
 * the operator's to see.
 *
 * <p>Public, as JAX-RS requires.
 */
public final class OrganizationApplicationsResource {

    private final KeycloakSession session;

    OrganizationApplicationsResource(KeycloakSession session) {
        this.session = session;
    }

    /** The offers awaiting an answer from the organizations the caller administers. */
    @GET
    @Path("offers")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SubscriptionRepresentation> offers() {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        return new SubscriptionOffers(session, caller.realm()).pendingFor(caller.user()).stream()
                .map(s -> SubscriptionRepresentation.of(session, caller.realm(), s))
                .toList();
    }

    /** Accepts: 200 with the active subscription; 400 for a bad choice of administrators; 409 when answered already. */
    @POST
    @Path("offers/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SubscriptionRepresentation accept(@PathParam("id") String id, AcceptBody body) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        SubscriptionOffers offers = new SubscriptionOffers(session, caller.realm());
        SubscriptionEntity offer = offers.find(id).orElseThrow(() -> caller.refused(Response.Status.NOT_FOUND, "not_found", "magOfferNotFound"));
        try {
            offers.accept(offer, caller.user(), body == null ? null : body.administrators(), event(caller, MagEvents.OFFER_ACCEPTED, offer));
        } catch (SubscriptionOffers.AlreadyAnswered e) {
            throw caller.refused(Response.Status.CONFLICT, "already_answered", "magOfferAlreadyAnswered");
        } catch (SubscriptionOffers.InvalidAdministrators e) {
            throw caller.refused(Response.Status.BAD_REQUEST, "invalid_request", "magOfferAdministratorsInvalid", SubscriptionOffers.MAX_ADMINISTRATORS);
        }
        return adminEvent(caller, offer);
    }

    /** Declines: 200 with the declined offer; 400 for a reason over 500 characters; 409 when answered already. */
    @POST
    @Path("offers/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SubscriptionRepresentation decline(@PathParam("id") String id, DeclineBody body) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        SubscriptionOffers offers = new SubscriptionOffers(session, caller.realm());
        SubscriptionEntity offer = offers.find(id).orElseThrow(() -> caller.refused(Response.Status.NOT_FOUND, "not_found", "magOfferNotFound"));
        String reason = body == null || body.reason() == null ? null : body.reason().strip();
        if (reason != null && reason.length() > SubscriptionOffers.REASON_MAX) {
            throw caller.refused(Response.Status.BAD_REQUEST, "invalid_request", "magOfferReasonTooLong", SubscriptionOffers.REASON_MAX);
        }
        try {
            offers.decline(offer, caller.user(), reason, event(caller, MagEvents.OFFER_DECLINED, offer));
        } catch (SubscriptionOffers.AlreadyAnswered e) {
            throw caller.refused(Response.Status.CONFLICT, "already_answered", "magOfferAlreadyAnswered");
        }
        return adminEvent(caller, offer);
    }

    /** The applications open to public registration, once per organization the caller administers. */
    @GET
    @Path("public")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PublicApplication> publicApplications() {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        PublicRegistrations registrations = new PublicRegistrations(session, caller.realm());
        List<PublicApplication> open = new ArrayList<>();
        for (OrganizationModel organization : new OrganizationRoles(session, caller.realm())
                .organizationsWhere(caller.user(), MagRole.ORGANIZATION_ADMINISTRATOR)) {
            for (ClientModel client : PartnerApplications.openToPublicRegistration(caller.realm())) {
                String partner = PartnerApplications.owningPartner(session, client).map(OrganizationModel::getName).orElse("");
                open.add(new PublicApplication(client.getClientId(), PartnerApplications.displayName(client), partner,
                        organization.getId(), organization.getName(), registrations.subscribed(organization, client)));
            }
        }
        return open;
    }

    /**
     * Registers an organization the caller administers for a public application: 201 with the
     * subscription; 404 when the application is not open to public registration; 409 when
     * subscribed already; 400 for a bad choice of administrators (none given: the caller).
     */
    @POST
    @Path("public/{clientId}/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("clientId") String clientId, AcceptBody body) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.APPLICATIONS);
        ClientModel client = caller.realm().getClientByClientId(clientId);
        OrganizationRoles roles = new OrganizationRoles(session, caller.realm());
        OrganizationModel organization = body != null && body.organizationId() != null
                ? roles.organization(body.organizationId())
                : roles.organizationsWhere(caller.user(), MagRole.ORGANIZATION_ADMINISTRATOR).stream().findFirst()
                        .orElseGet(() -> roles.organizationsOf(caller.user()).stream().findFirst().orElse(null));
        List<String> administrators = body == null || body.administrators() == null || body.administrators().isEmpty()
                ? List.of(caller.user().getId()) : body.administrators();
        SubscriptionEntity subscription;
        try {
            subscription = new PublicRegistrations(session, caller.realm()).register(organization, client, caller.user(), administrators,
                    AccessEvents.of(session, caller.realm(), MagEvents.SUBSCRIBED, organization == null ? null : organization.getId(), null)
                            .user(caller.user()));
        } catch (PublicRegistrations.NotOpen e) {
            throw caller.refused(Response.Status.NOT_FOUND, "not_found", "magPublicRegistrationNotOpen");
        } catch (PublicRegistrations.AlreadySubscribed e) {
            throw caller.refused(Response.Status.CONFLICT, "already_subscribed", "magPublicRegistrationAlreadySubscribed",
                    organization.getName(), PartnerApplications.displayName(client));
        } catch (SubscriptionOffers.InvalidAdministrators e) {
            throw caller.refused(Response.Status.BAD_REQUEST, "invalid_request", "magOfferAdministratorsInvalid", SubscriptionOffers.MAX_ADMINISTRATORS);
        }
        SubscriptionRepresentation representation = adminEvent(caller, subscription);
        return Response.status(Response.Status.CREATED).entity(representation).build();
    }

    private org.keycloak.events.EventBuilder event(RestCaller caller, String operation, SubscriptionEntity offer) {
        return AccessEvents.of(session, caller.realm(), operation, offer.getOrganizationId(), caller.realm().getClientById(offer.getClientId()))
                .user(caller.user());
    }

    private SubscriptionRepresentation adminEvent(RestCaller caller, SubscriptionEntity subscription) {
        return SubscriptionAdminEvents.record(session, caller.realm(), caller.user(), caller.client(), OperationType.UPDATE, subscription);
    }
}
