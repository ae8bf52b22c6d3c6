package io.mag.keycloak.common.roles;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.LoginThemeMessages;
import io.mag.keycloak.common.MagEvents;

/**
 * A refused action for an organization: the actor does not hold the role there (or the
 * organization is disabled, or the actor is no member). Built by {@link OrganizationRoles#require};
 * it records the refusal first ({@code error} {@value MagEvents#NOT_AUTHORIZED} with
 * {@value MagEvents#ORGANIZATION_ID}, {@value MagEvents#MAG_ROLE} and, for an application role,
 * {@value MagEvents#CLIENT_ID}), then answers a REST caller 403 with
 * {@code {"error": "forbidden", "error_description": <message>}}, the message from the login theme
 * in the actor's language. A page catches it and shows {@link #messageKey()} instead.
 */
public final class OrganizationForbidden extends WebApplicationException {

    /** The JSON {@code error} of the 403 answer. */
    public static final String ERROR = "forbidden";
    /** Login-theme message of the refusal. */
    public static final String MESSAGE_KEY = "magNotAuthorized";

    private final transient String organizationId;
    private final MagRole role;

    OrganizationForbidden(KeycloakSession session, RealmModel realm, UserModel actor, EventBuilder event,
            OrganizationModel organization, MagRole role, ClientModel client) {
        super(response(session, realm, actor));
        this.organizationId = organization == null ? null : organization.getId();
        this.role = role;
        if (event != null) {
            if (event.getEvent().getType() == null) {
                event.event(EventType.CUSTOM_REQUIRED_ACTION);
            }
            if (actor != null) {
                event.user(actor);
            }
            if (organizationId != null) {
                event.detail(MagEvents.ORGANIZATION_ID, organizationId);
            }
            event.detail(MagEvents.MAG_ROLE, role.value());
            if (client != null) {
                event.detail(MagEvents.CLIENT_ID, client.getClientId());
            }
            event.error(MagEvents.NOT_AUTHORIZED);
        }
    }

    private static Response response(KeycloakSession session, RealmModel realm, UserModel actor) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", ERROR);
        body.put("error_description", new LoginThemeMessages(session, realm, actor).text(MESSAGE_KEY));
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    public String messageKey() {
        return MESSAGE_KEY;
    }

    /** The organization the action was refused for (null if there was none). */
    public String organizationId() {
        return organizationId;
    }

    /** The role that would have been needed. */
    public MagRole role() {
        return role;
    }
}
