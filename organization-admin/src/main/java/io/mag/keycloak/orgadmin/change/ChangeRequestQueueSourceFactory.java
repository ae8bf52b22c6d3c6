package io.mag.keycloak.orgadmin.change;

import org.keycloak.models.KeycloakSession;

import io.mag.keycloak.common.queue.OperatorQueueSource;
import io.mag.keycloak.common.queue.OperatorQueueSourceFactory;

/** Change requests as a source of the operator's queue. */
public final class ChangeRequestQueueSourceFactory implements OperatorQueueSourceFactory {

    public static final String PROVIDER_ID = "mag-change-requests";

    @Override
    public OperatorQueueSource create(KeycloakSession session) {
        return new ChangeRequestQueueSource(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
