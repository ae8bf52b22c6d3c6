package io.mag.keycloak.onboarding.approval;

import java.io.IOException;
import java.util.Properties;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.ErrorResponse;
import org.keycloak.theme.Theme;

/**
 * Makes the admin console's save of an organization fail visibly when its approval is refused or
 * fails. Keycloak's AdminEventBuilder swallows event-listener exceptions, and a transaction merely
 * marked rollback-only still answers 204, so the console would say "saved" while nothing was. This
 * participant, enlisted in the prepare phase, throws at commit instead: Keycloak rolls back the
 * whole request (the organization stays disabled) and answers the error, which the console shows.
 */
final class RefusedConsoleApproval extends AbstractKeycloakTransaction {

    private static final Logger LOG = Logger.getLogger(RefusedConsoleApproval.class);

    private final Response.Status status;
    private final String message;

    private RefusedConsoleApproval(Response.Status status, String message) {
        this.status = status;
        this.message = message;
    }

    /** Fails the current request with {@code status} and the login theme's message {@code key}. */
    static void enlist(KeycloakSession session, RealmModel realm, UserModel admin, Response.Status status, String key) {
        session.getTransactionManager().enlistPrepare(new RefusedConsoleApproval(status, message(session, realm, admin, key)));
    }

    @Override
    protected void commitImpl() {
        throw ErrorResponse.error(message, status);
    }

    @Override
    protected void rollbackImpl() {
    }

    /** The message in the admin's locale, from the realm's login theme (the console has no bundle of ours). */
    private static String message(KeycloakSession session, RealmModel realm, UserModel admin, String key) {
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN)
                    .getEnhancedMessages(realm, session.getContext().resolveLocale(admin));
            return messages.getProperty(key, key);
        } catch (IOException e) {
            LOG.warnf(e, "Login theme messages not readable: the refusal carries the message key %s", key);
            return key;
        }
    }
}
