package io.mag.keycloak.connection.action;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * Verifies the password of the account being connected with Keycloak's own credential
 * validation. Failures are charged to that account (the child) in the brute-force detector, never
 * to the signed-in parent: Keycloak's login flows would charge the session's user.
 */
final class ChildPasswordCheck {

    enum Result { VALID, INVALID, LOCKED }

    private final RequiredActionContext context;

    ChildPasswordCheck(RequiredActionContext context) {
        this.context = context;
    }

    Result verify(UserModel child, String password) {
        RealmModel realm = context.getRealm();
        BruteForceProtector protector = context.getSession().getProvider(BruteForceProtector.class);
        if (AuthenticatorUtils.getDisabledByBruteForceEventError(protector, context.getSession(), realm, child) != null) {
            return Result.LOCKED;
        }
        boolean valid = password != null && !password.isEmpty()
                && child.credentialManager().isValid(UserCredentialModel.password(password));
        if (!valid) {
            if (realm.isBruteForceProtected()) {
                protector.failedLogin(realm, child, context.getConnection(), context.getUriInfo(), null);
            }
            return Result.INVALID;
        }
        if (realm.isBruteForceProtected()) {
            protector.successfulLogin(realm, child, context.getConnection(), context.getUriInfo(), null);
        }
        return Result.VALID;
    }
}
