package io.mag.keycloak.orgadmin.rest;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import io.mag.keycloak.common.ApiBearerToken;
import io.mag.keycloak.common.LoginThemeMessages;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.orgadmin.users.OrgAdminEvents;

/**
 * The authenticated caller of {@code /realms/{realm}/mag-organization}: the user of an access token
 * ({@code Authorization: Bearer}) that {@link ApiBearerToken#ORGANIZATION} accepts (Keycloak's
 * bearer-token check, and this API's audience {@value #AUDIENCE}, which clients get through the
 * client scope of that name, or the account console's own token). A token of any other client of
 * the realm is refused (401): it would otherwise act as its user here. What the caller may do is
 * decided by each part, from the caller's organization and role.
 *
 * <p>Public: other parts of the module (change requests) are built from it.
 */
public final class Caller {

    /** The realm file's client (every flow off) and client scope that carry this API's audience. */
    public static final String AUDIENCE = ApiBearerToken.ORGANIZATION.audience();

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;
    private final ClientModel client;
    private final AccessToken token;

    private Caller(KeycloakSession session, RealmModel realm, UserModel user, ClientModel client, AccessToken token) {
        this.session = session;
        this.realm = realm;
        this.user = user;
        this.client = client;
        this.token = token;
    }

    /** The caller, or the request ends here with 401 (and, for a token of the wrong audience, an event). */
    static Caller authenticate(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        ApiBearerToken.Caller auth = ApiBearerToken.ORGANIZATION.authenticate(session);
        if (auth.outcome() == ApiBearerToken.Outcome.NO_TOKEN) {
            throw ApiError.exception(Response.Status.UNAUTHORIZED, "not_authorized", "A valid bearer token is required");
        }
        Caller caller = new Caller(session, realm, auth.user(), auth.client(), auth.token());
        if (!auth.accepted()) {
            caller.events().refused(MagEvents.USER_VIEWED, null, Errors.INVALID_TOKEN, ApiBearerToken.WRONG_AUDIENCE);
            throw new WebApplicationException(ApiError.response(Response.Status.UNAUTHORIZED, "invalid_token",
                    caller.messages().format(ApiBearerToken.WRONG_AUDIENCE_MESSAGE, List.of(AUDIENCE)), List.of()));
        }
        return caller;
    }

    public KeycloakSession session() {
        return session;
    }

    public RealmModel realm() {
        return realm;
    }

    public UserModel user() {
        return user;
    }

    public ClientModel client() {
        return client;
    }

    /** The caller's access token (its {@code acr} says how the session signed in). */
    public AccessToken token() {
        return token;
    }

    /** The login theme's messages in the caller's language, for error descriptions. */
    public LoginThemeMessages messages() {
        return new LoginThemeMessages(session, realm, user);
    }

    /** A user event builder with realm, client, connection and the caller; copy it before use. */
    public EventBuilder eventBase() {
        return new EventBuilder(realm, session, session.getContext().getConnection()).client(client).user(user);
    }

    /** The gateway's events of organization administration, as this caller. */
    public OrgAdminEvents events() {
        return new OrgAdminEvents(eventBase(), user, adminEvent());
    }

    /** An admin event builder whose actor is the caller (no admin: their own token and user). */
    public AdminEventBuilder adminEvent() {
        return new AdminEventBuilder(realm, new AdminAuth(realm, token, user, client), session, session.getContext().getConnection());
    }
}
