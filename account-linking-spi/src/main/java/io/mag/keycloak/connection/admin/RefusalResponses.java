package io.mag.keycloak.connection.admin;

import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.ErrorResponseException;

import io.mag.keycloak.common.LoginThemeMessages;

import io.mag.keycloak.connection.AccountConnections;

/**
 * Turns an eligibility refusal into an error response: the rule's message key is the error code,
 * and the description is the text the user would read for it in the realm's login theme, so an
 * operator and the user see the same reason.
 */
final class RefusalResponses {

    /** Refusals caused by connections that exist already: the request conflicts with current state. */
    static final Set<String> CONFLICTS = Set.of(
            "magConnectRefusedAlreadyChild",
            "magConnectRefusedChildIsParent",
            "magConnectRefusedParentIsChild",
            AccountConnections.BUSY);

    /** Reported when another parent connected the child first (the database decided a race). */
    static final String ALREADY_CHILD = "magConnectRefusedAlreadyChild";

    private final KeycloakSession session;
    private final RealmModel realm;

    RefusalResponses(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    ErrorResponseException refused(String messageKey) {
        Response.Status status = CONFLICTS.contains(messageKey) ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        return new ErrorResponseException(messageKey, new LoginThemeMessages(session, realm, null).text(messageKey), status);
    }
}
