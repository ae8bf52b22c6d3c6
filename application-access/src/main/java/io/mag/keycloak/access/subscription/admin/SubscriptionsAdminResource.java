package io.mag.keycloak.access.subscription.admin;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.subscription.SubscriptionLifecycle;
import io.mag.keycloak.access.subscription.SubscriptionRepresentation;
import io.mag.keycloak.access.subscription.Subscriptions;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.access.SubscriptionOrigin;

/**
 * {@code /admin/realms/{realm}/mag-subscriptions}: operators list, create and end subscriptions
 * of organizations to partner applications. Viewing needs Keycloak's permission to view
 * organizations, changing needs the permission to manage them (403 otherwise). Every change also
 * writes an admin event (resource type CUSTOM, path {@code mag-subscriptions/{id}}).
 *
 * <p>Public, as JAX-RS requires. Methods at the resource's own path carry {@code @Path("")}.
 */
public final class SubscriptionsAdminResource {

    static final int DEFAULT_MAX = 100;
    static final int MAX_MAX = 1000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    SubscriptionsAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.CUSTOM);
    }

    /** The realm's subscriptions, oldest first. */
    @GET
    @Path("")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SubscriptionRepresentation> list(@QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        auth.orgs().requireView();
        int from = first == null ? 0 : first;
        int size = max == null ? DEFAULT_MAX : Math.min(max, MAX_MAX);
        if (from < 0 || size < 0) {
            throw error(Response.Status.BAD_REQUEST, "invalid_request", "first and max must not be negative");
        }
        return new Subscriptions(session).list(realm, from, size).stream()
                .map(s -> SubscriptionRepresentation.of(session, realm, s))
                .toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public SubscriptionRepresentation get(@PathParam("id") String id) {
        auth.orgs().requireView();
        return SubscriptionRepresentation.of(session, realm, subscription(id));
    }

    /** Subscribes an organization (idempotent): 200 with the subscription, active. */
    @POST
    @Path("")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SubscriptionRepresentation subscribe(SubscriptionBody body) {
        auth.orgs().requireManage();
        if (body == null || blank(body.organization()) || blank(body.clientId())) {
            throw error(Response.Status.BAD_REQUEST, "invalid_request", "organization and clientId are required");
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        OrganizationModel organization = organizations.getById(body.organization());
        if (organization == null) {
            organization = organizations.getByAlias(body.organization());
        }
        if (organization == null) {
            throw error(Response.Status.NOT_FOUND, "not_found", "No such organization");
        }
        ClientModel client = realm.getClientByClientId(body.clientId());
        if (client == null) {
            throw error(Response.Status.NOT_FOUND, "not_found", "No such client");
        }
        SubscriptionOrigin origin;
        try {
            origin = blank(body.origin()) ? defaultOrigin(organization, client) : SubscriptionOrigin.valueOf(body.origin());
        } catch (IllegalArgumentException e) {
            throw error(Response.Status.BAD_REQUEST, "invalid_request", "origin must be one of " + List.of(SubscriptionOrigin.values()));
        }
        SubscriptionEntity subscription;
        try {
            subscription = new SubscriptionLifecycle(session, realm).subscribe(organization, client, origin, operatorId());
        } catch (SubscriptionLifecycle.NotAPartnerApplication e) {
            throw error(Response.Status.BAD_REQUEST, "not_a_partner_application",
                    "The client has no mag.owning-partner or no mag.access-role naming one of its client roles");
        }
        SubscriptionRepresentation representation = SubscriptionRepresentation.of(session, realm, subscription);
        adminEvent.operation(OperationType.CREATE)
                .resourcePath(SubscriptionsAdminResourceProviderFactory.PROVIDER_ID, subscription.getId())
                .representation(representation)
                .success();
        return representation;
    }

    /** Ends an active subscription: its users lose the application at once. 409 when it is not active. */
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SubscriptionRepresentation end(@PathParam("id") String id, EndBody body) {
        auth.orgs().requireManage();
        SubscriptionEntity subscription = subscription(id);
        String reason = body == null || blank(body.reason()) ? null : body.reason().strip();
        if (reason != null && reason.length() > EndBody.REASON_MAX) {
            throw error(Response.Status.BAD_REQUEST, "invalid_request", "reason must be at most " + EndBody.REASON_MAX + " characters");
        }
        try {
            new SubscriptionLifecycle(session, realm).end(subscription, operatorId(), reason);
        } catch (SubscriptionLifecycle.NotActive | ModelException e) {
            throw error(Response.Status.CONFLICT, "not_active", "The subscription is not active");
        }
        SubscriptionRepresentation representation = SubscriptionRepresentation.of(session, realm, subscription);
        adminEvent.operation(OperationType.UPDATE)
                .resourcePath(SubscriptionsAdminResourceProviderFactory.PROVIDER_ID, subscription.getId())
                .representation(representation)
                .success();
        return representation;
    }

    private SubscriptionOrigin defaultOrigin(OrganizationModel organization, ClientModel client) {
        return organization.getAlias().equals(PartnerApplications.owningPartnerAlias(client))
                ? SubscriptionOrigin.OWNER : SubscriptionOrigin.REGISTRATION;
    }

    private SubscriptionEntity subscription(String id) {
        return new Subscriptions(session).find(realm, id)
                .orElseThrow(() -> error(Response.Status.NOT_FOUND, "not_found", "No such subscription"));
    }

    private String operatorId() {
        return auth.adminAuth().getUser().getId();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static WebApplicationException error(Response.Status status, String error, String description) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "error_description", description)).build());
    }
}
