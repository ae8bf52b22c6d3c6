package io.mag.keycloak.common;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Factory of a required action that keeps no state: one shared instance. Subclasses name it;
 * those started from the account console override {@link #isOneTimeAction()}, and those with
 * options override the lifecycle methods.
 */
public abstract class StatelessRequiredActionFactory implements RequiredActionFactory {

    private final String id;
    private final String displayText;
    private final RequiredActionProvider instance;

    protected StatelessRequiredActionFactory(String id, String displayText, RequiredActionProvider instance) {
        this.id = id;
        this.displayText = displayText;
        this.instance = instance;
    }

    @Override
    public final RequiredActionProvider create(KeycloakSession session) {
        return instance;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayText() {
        return displayText;
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
}
