package io.mag.keycloak.common.queue;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * The operator's queue: every capability that holds requests an operator decides (organization
 * registrations, change requests) contributes a {@link OperatorQueueSource}; the admin console's
 * queue page lists and decides them through this SPI alone, so that no capability depends on
 * another.
 */
public final class OperatorQueueSpi implements Spi {

    public static final String NAME = "mag-operator-queue-source";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return OperatorQueueSource.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return OperatorQueueSourceFactory.class;
    }
}
