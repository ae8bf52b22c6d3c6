package io.mag.keycloak.flow;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * An authenticator that every user can pass through without setting anything up first (Keycloak
 * never skips it or adds a required action for it) and that holds no resources. Subclasses say
 * whether the flow must know the user already.
 */
public abstract class NoSetupAuthenticator implements Authenticator {

    private final boolean requiresUser;

    protected NoSetupAuthenticator(boolean requiresUser) {
        this.requiresUser = requiresUser;
    }

    /** Steps that decide in {@link #authenticate} need no form post. */
    @Override
    public void action(AuthenticationFlowContext context) {
    }

    @Override
    public final boolean requiresUser() {
        return requiresUser;
    }

    @Override
    public final boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public final void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
