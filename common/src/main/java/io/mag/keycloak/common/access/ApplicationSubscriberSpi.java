package io.mag.keycloak.common.access;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * SPI {@value #NAME}: the seam through which one capability subscribes an organization to an
 * application without depending on the capability that stores subscriptions.
 */
public final class ApplicationSubscriberSpi implements Spi {

    public static final String NAME = "mag-application-subscriber";

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
        return ApplicationSubscriber.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return ApplicationSubscriberFactory.class;
    }
}
