package io.mag.keycloak.onboarding.approval;

import org.keycloak.models.KeycloakSession;

import io.mag.keycloak.common.queue.OperatorQueueSource;
import io.mag.keycloak.common.queue.OperatorQueueSourceFactory;

/** Organization registrations as a source of the operator's queue. */
public final class RegistrationQueueSourceFactory implements OperatorQueueSourceFactory {

    public static final String PROVIDER_ID = "mag-registrations";

    @Override
    public OperatorQueueSource create(KeycloakSession session) {
        return new RegistrationQueueSource(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
