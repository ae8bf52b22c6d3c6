package io.mag.keycloak.access.rest;

import java.net.URI;

import jakarta.ws.rs.Consumes;
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
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.access.offer.SubscriptionOffers;
import io.mag.keycloak.access.subscription.SubscriptionRepresentation;
import io.mag.keycloak.access.subscription.Subscriptions;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.ApiBearerToken;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.OfferOutcome;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * {@code /realms/{realm}/mag-partner/offers}: a partner's Service Provider Administrator offers
 * one of the partner's applications to an organization registered already (what the invite
 * page's search offers for an organization it finds). 201 with the offer (a subscription in
 * status OFFERED) and an admin event; 403 for anyone but a Service Provider Administrator of the
 * owning partner; 404 for an unknown organization or application; 409 {@code already_subscribed}
 * or {@code already_offered}; 400 {@code not_offerable} (the partner itself, a disabled
 * organization or application).
 *
 * <p>Public, as JAX-RS requires. Methods at the resource's own path carry {@code @Path("")}.
 */
public final class PartnerOffersResource {

    private final KeycloakSession session;

    PartnerOffersResource(KeycloakSession session) {
        this.session = session;
    }

    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response offer(OfferBody body) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.PARTNER);
        ClientModel client = body == null || body.clientId() == null ? null : caller.realm().getClientByClientId(body.clientId());
        OrganizationModel organization = body == null ? null : organization(caller, body.organization());
        if (client == null || organization == null) {
            throw caller.refused(Response.Status.NOT_FOUND, "not_found", "magOfferNotFound");
        }
        OfferOutcome outcome = new SubscriptionOffers(session, caller.realm()).offer(organization, client, caller.user(), caller.client(),
                AccessEvents.of(session, caller.realm(), MagEvents.SUBSCRIPTION_OFFERED, organization.getId(), client).user(caller.user()));
        String application = PartnerApplications.displayName(client);
        return switch (outcome) {
            case OFFERED -> {
                // The admin event was recorded with the offer.
                SubscriptionRepresentation offer = new Subscriptions(session).find(caller.realm(), organization.getId(), client.getId())
                        .map(s -> SubscriptionRepresentation.of(session, caller.realm(), s)).orElseThrow();
                URI location = session.getContext().getUri().getAbsolutePathBuilder().path(offer.id()).build();
                yield Response.created(location).entity(offer).build();
            }
            case ALREADY_SUBSCRIBED -> throw caller.refused(Response.Status.CONFLICT, "already_subscribed", outcome.messageKey(),
                    organization.getName(), application);
            case ALREADY_OFFERED -> throw caller.refused(Response.Status.CONFLICT, "already_offered", outcome.messageKey(),
                    organization.getName(), application);
            default -> throw caller.refused(Response.Status.BAD_REQUEST, "not_offerable", outcome.messageKey(),
                    organization.getName(), application);
        };
    }

    /** One offer (its current state: OFFERED, ACTIVE once accepted, DECLINED) of the caller's partner. 404 otherwise. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public SubscriptionRepresentation get(@PathParam("id") String id) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.PARTNER);
        SubscriptionEntity offer = new SubscriptionOffers(session, caller.realm()).find(id)
                .orElseThrow(() -> caller.refused(Response.Status.NOT_FOUND, "not_found", "magOfferNotFound"));
        ClientModel client = caller.realm().getClientById(offer.getClientId());
        OrganizationModel partner = client == null ? null : PartnerApplications.owningPartner(session, client).orElse(null);
        new OrganizationRoles(session, caller.realm()).require(caller.user(), partner, MagRole.SERVICE_PROVIDER_ADMINISTRATOR,
                caller.newEvent().detail(MagEvents.SUBSCRIPTION_ID, offer.getId()));
        return SubscriptionRepresentation.of(session, caller.realm(), offer);
    }

    private OrganizationModel organization(RestCaller caller, String idOrAlias) {
        if (idOrAlias == null || idOrAlias.isBlank()) {
            return null;
        }
        OrganizationRoles roles = new OrganizationRoles(session, caller.realm());
        OrganizationModel byId = roles.organization(idOrAlias);
        return byId != null ? byId : session.getProvider(OrganizationProvider.class).getByAlias(idOrAlias);
    }
}
