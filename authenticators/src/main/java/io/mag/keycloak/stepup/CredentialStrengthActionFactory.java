package io.mag.keycloak.stepup;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** "Credential strength" page, started from the account console ({@code kc_action=mag-credential-strength}). */
public final class CredentialStrengthActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "mag-credential-strength";
    private static final RequiredActionProvider INSTANCE = new CredentialStrengthAction();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return INSTANCE;
    }

    @Override
    public String getDisplayText() {
        return "Credential Strength";
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
