package io.mag.keycloak.login;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Required action that stops a connected child's sign-in in any flow. Enable it (the realm file
 * does, at the first priority); it is never assigned by hand and not application-initiated.
 */
public final class ConnectedChildSignInRefusalFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "mag-connected-child-sign-in-refusal";
    private static final RequiredActionProvider INSTANCE = new ConnectedChildSignInRefusal();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return INSTANCE;
    }

    @Override
    public String getDisplayText() {
        return "Refuse Connected Child Sign-in";
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
