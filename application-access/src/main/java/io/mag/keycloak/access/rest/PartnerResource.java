package io.mag.keycloak.access.rest;

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
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.subscription.SubscriptionLifecycle;
import io.mag.keycloak.access.subscription.SubscriptionRepresentation;
import io.mag.keycloak.access.subscription.SubscriptionStatus;
import io.mag.keycloak.access.subscription.Subscriptions;
import io.mag.keycloak.access.subscription.admin.EndBody;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.ApiBearerToken;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * {@code /realms/{realm}/mag-partner}: the partner's Service Provider Administrators see which
 * organizations are subscribed to their applications and end subscriptions. The caller's bearer
 * token must have the audience {@code mag-partner} (or come from the account console); the caller
 * must be a Service Provider Administrator of the partner owning the application (403 and a
 * {@code mag_not_authorized} event otherwise). Ending writes an admin event too, with the acting
 * user as its author, because operators see subscriptions.
 *
 * <p>Public, as JAX-RS requires. Methods at the resource's own path carry {@code @Path("")}.
 */
public final class PartnerResource {

    static final int MAX = 1000;

    private final KeycloakSession session;

    PartnerResource(KeycloakSession session) {
        this.session = session;
    }

    /** The subscriptions to the applications of every partner the caller is a Service Provider Administrator of. */
    @GET
    @Path("subscriptions")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SubscriptionRepresentation> subscriptions() {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.PARTNER);
        OrganizationRoles roles = new OrganizationRoles(session, caller.realm());
        List<OrganizationModel> partners = roles.organizationsWhere(caller.user(), MagRole.SERVICE_PROVIDER_ADMINISTRATOR);
        if (partners.isEmpty()) {
            // Refused: recorded and answered 403 by the helper.
            roles.require(caller.user(), roles.organizationsOf(caller.user()).stream().findFirst().orElse(null),
                    MagRole.SERVICE_PROVIDER_ADMINISTRATOR, caller.newEvent());
        }
        List<String> clientIds = partners.stream()
                .flatMap(partner -> PartnerApplications.ownedBy(caller.realm(), partner).stream())
                .map(ClientModel::getId)
                .distinct()
                .toList();
        return new Subscriptions(session).ofClients(caller.realm(), clientIds, 0, MAX).stream()
                .map(s -> SubscriptionRepresentation.of(session, caller.realm(), s))
                .toList();
    }

    /** Ends one: its users lose the application at once. 404 when not found, 409 when not active. */
    @POST
    @Path("subscriptions/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SubscriptionRepresentation end(@PathParam("id") String id, EndBody body) {
        RestCaller caller = RestCaller.authenticate(session, ApiBearerToken.PARTNER);
        SubscriptionEntity subscription = new Subscriptions(session).find(caller.realm(), id)
                .orElseThrow(() -> caller.refused(Response.Status.NOT_FOUND, "not_found", "magSubscriptionNotFound"));
        ClientModel client = caller.realm().getClientById(subscription.getClientId());
        OrganizationModel partner = client == null ? null : PartnerApplications.owningPartner(session, client).orElse(null);
        new OrganizationRoles(session, caller.realm())
                .require(caller.user(), partner, MagRole.SERVICE_PROVIDER_ADMINISTRATOR, caller.newEvent().detail("client_id", client == null ? "" : client.getClientId()));
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        if (reason != null && reason.length() > EndBody.REASON_MAX) {
            throw caller.refused(Response.Status.BAD_REQUEST, "invalid_request", "magSubscriptionReasonTooLong", EndBody.REASON_MAX);
        }
        if (!SubscriptionStatus.ACTIVE.name().equals(subscription.getStatus())) {
            throw caller.refused(Response.Status.CONFLICT, "not_active", "magSubscriptionNotActive");
        }
        try {
            new SubscriptionLifecycle(session, caller.realm()).end(subscription, caller.user().getId(), reason);
        } catch (SubscriptionLifecycle.NotActive e) {
            throw caller.refused(Response.Status.CONFLICT, "not_active", "magSubscriptionNotActive");
        }
        SubscriptionRepresentation representation = SubscriptionRepresentation.of(session, caller.realm(), subscription);
        new AdminEventBuilder(caller.realm(), caller.adminAuthor(), session, session.getContext().getConnection())
                .resource(ResourceType.CUSTOM)
                .operation(OperationType.UPDATE)
                .resourcePath("mag-subscriptions", subscription.getId())
                .representation(representation)
                .success();
        return representation;
    }

    /** The partner's offers of its applications to registered organizations ({@link PartnerOffersResource}). */
    @Path("offers")
    public PartnerOffersResource offers() {
        return new PartnerOffersResource(session);
    }
}
