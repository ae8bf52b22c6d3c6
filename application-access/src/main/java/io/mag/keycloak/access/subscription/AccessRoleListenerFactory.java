package io.mag.keycloak.access.subscription;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Event listener {@value #PROVIDER_ID}: subscribes the owning partner of a partner application
 * when its access role is added after the client was saved ({@link AccessRoleListener}). Global:
 * Keycloak hands it every realm's admin events without it being listed in the realm's event
 * listeners, as the owner's subscription on a client save needs no setting either.
 */
public final class AccessRoleListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "mag-owner-subscription";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new AccessRoleListener(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
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
