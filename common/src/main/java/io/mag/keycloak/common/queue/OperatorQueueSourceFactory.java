package io.mag.keycloak.common.queue;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Factory of an {@link OperatorQueueSource}; its id names the source in the queue's items. */
public interface OperatorQueueSourceFactory extends ProviderFactory<OperatorQueueSource> {

    @Override
    default void init(Config.Scope config) {
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    default void close() {
    }
}
