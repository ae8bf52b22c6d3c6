package io.mag.keycloak.access.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;

import io.mag.keycloak.common.ApiBearerToken;
import io.mag.keycloak.common.LoginThemeMessages;
import io.mag.keycloak.common.MagEvents;

/**
 * The signed-in caller of one of this module's realm REST APIs: a bearer token Keycloak accepts
 * (signature, expiry, session, enabled user) whose audience is the API's ({@link ApiBearerToken});
 * 401 otherwise. Errors are {@code {"error", "error_description"}}, the description from the
 * login theme in the caller's language.
 */
record RestCaller(KeycloakSession session, RealmModel realm, UserModel user, ClientModel client, AccessToken token, EventBuilder event) {

    static RestCaller authenticate(KeycloakSession session, ApiBearerToken api) {
        RealmModel realm = session.getContext().getRealm();
        ApiBearerToken.Caller caller = api.authenticate(session);
        if (caller.outcome() == ApiBearerToken.Outcome.NO_TOKEN) {
            throw new WebApplicationException(error(Response.Status.UNAUTHORIZED, "not_authorized", "A valid bearer token is required"));
        }
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection()).client(caller.client()).user(caller.user());
        if (!caller.accepted()) {
            event.clone().event(org.keycloak.events.EventType.CUSTOM_REQUIRED_ACTION)
                    .detail(MagEvents.REFUSAL, ApiBearerToken.WRONG_AUDIENCE)
                    .error(Errors.INVALID_TOKEN);
            throw new WebApplicationException(error(Response.Status.UNAUTHORIZED, "invalid_token",
                    "The token's audience must include " + api.audience()));
        }
        return new RestCaller(session, realm, caller.user(), caller.client(), caller.token(), event);
    }

    /** The author of an admin event for an operator-visible change this caller made (no admin: their own token). */
    AdminAuth adminAuthor() {
        return new AdminAuth(realm, token, user, client);
    }

    /** A fresh event of this caller (one per recorded operation). */
    EventBuilder newEvent() {
        return event.clone().event(org.keycloak.events.EventType.CUSTOM_REQUIRED_ACTION);
    }

    /** An error answer whose description is the login theme's text of {@code messageKey}. */
    WebApplicationException refused(Response.Status status, String error, String messageKey, Object... parameters) {
        String text = new LoginThemeMessages(session, realm, user).format(messageKey, List.of(parameters));
        return new WebApplicationException(error(status, error, text));
    }

    static Response error(Response.Status status, String error, String description) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
