package io.mag.keycloak.otp.entitlement;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * What authorizes a user's OTP subscription renewal. The default provider ({@code license-key})
 * redeems operator-issued license keys; a billing system plugs in with a provider of its own and
 * {@code --spi-mag-otp-renewal-entitlement--provider=<id>}.
 */
public final class RenewalEntitlementSpi implements Spi {

    public static final String NAME = "mag-otp-renewal-entitlement";

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
        return RenewalEntitlementProvider.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return RenewalEntitlementProviderFactory.class;
    }
}
