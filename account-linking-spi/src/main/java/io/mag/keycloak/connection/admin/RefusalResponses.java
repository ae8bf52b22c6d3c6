package io.mag.keycloak.connection.admin;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.ErrorResponseException;
import org.keycloak.theme.Theme;

import io.mag.keycloak.connection.AccountConnections;

/**
 * Turns an eligibility refusal into an error response: the rule's message key is the error code,
 * and the description is the text the user would read for it in the realm's login theme, so an
 * operator and the user see the same reason.
 */
final class RefusalResponses {

    private static final Logger LOG = Logger.getLogger(RefusalResponses.class);

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
        return new ErrorResponseException(messageKey, text(messageKey), status);
    }

    private String text(String messageKey) {
        try {
            Theme theme = realm.getLoginTheme() == null
                    ? session.theme().getTheme(Theme.Type.LOGIN)
                    : session.theme().getTheme(realm.getLoginTheme(), Theme.Type.LOGIN);
            Locale locale = realm.getDefaultLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(realm.getDefaultLocale());
            return theme.getEnhancedMessages(realm, locale).getProperty(messageKey, messageKey);
        } catch (IOException e) {
            LOG.debugf(e, "No login theme messages for %s in realm %s", messageKey, realm.getName());
            return messageKey;
        }
    }
}
