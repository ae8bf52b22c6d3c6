package io.mag.keycloak.onboarding.approval;

import jakarta.ws.rs.core.Response;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.ErrorResponse;

import io.mag.keycloak.common.LoginThemeMessages;

/**
 * Makes the admin console's save of an organization fail visibly when its approval is refused or
 * fails. Keycloak's AdminEventBuilder swallows event-listener exceptions, and a transaction merely
 * marked rollback-only still answers 204, so the console would say "saved" while nothing was. This
 * participant, enlisted in the prepare phase, throws at commit instead: Keycloak rolls back the
 * whole request (the organization stays disabled) and answers the error, which the console shows.
 */
final class RefusedConsoleApproval extends AbstractKeycloakTransaction {

    private final Response.Status status;
    private final String message;

    private RefusedConsoleApproval(Response.Status status, String message) {
        this.status = status;
        this.message = message;
    }

    /** Fails the current request with {@code status} and the login theme's message {@code key}. */
    static void enlist(KeycloakSession session, RealmModel realm, UserModel admin, Response.Status status, String key) {
        // The realm's login theme: the admin console has no bundle of ours.
        String message = new LoginThemeMessages(session, realm, admin).text(key);
        session.getTransactionManager().enlistPrepare(new RefusedConsoleApproval(status, message));
    }

    @Override
    protected void commitImpl() {
        throw ErrorResponse.error(message, status);
    }

    @Override
    protected void rollbackImpl() {
    }
}
