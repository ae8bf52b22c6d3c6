package io.mag.keycloak.orgadmin.users;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Event listener {@value #PROVIDER_ID}: enabled in the realm's event listeners (the realm file does). */
public final class InvitedRegistrationVerifiesEmailFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "mag-invited-registration";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new InvitedRegistrationVerifiesEmail(session);
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
