package io.mag.keycloak.onboarding.invitation;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The organization-invitation SPI: where invitations are kept and how their links are checked. */
public final class InvitationSpi implements Spi {

    public static final String NAME = "mag-invitation";

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
        return InvitationProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return InvitationProviderFactory.class;
    }
}
