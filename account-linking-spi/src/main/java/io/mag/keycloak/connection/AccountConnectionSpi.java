package io.mag.keycloak.connection;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The account-connection SPI: where parent/child connections are stored. */
public final class AccountConnectionSpi implements Spi {

    public static final String NAME = "mag-account-connection";

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
        return AccountConnectionProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return AccountConnectionProviderFactory.class;
    }
}
