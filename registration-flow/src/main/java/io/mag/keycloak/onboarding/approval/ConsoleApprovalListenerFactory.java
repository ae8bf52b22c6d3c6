package io.mag.keycloak.onboarding.approval;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Approving a pending registration by enabling its organization in the admin console (see
 * {@link ConsoleApprovalListener}). Enabled per realm: Realm settings → Events → Event listeners →
 * {@value #PROVIDER_ID}.
 */
public final class ConsoleApprovalListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "mag-registration-approval";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new ConsoleApprovalListener(session);
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
