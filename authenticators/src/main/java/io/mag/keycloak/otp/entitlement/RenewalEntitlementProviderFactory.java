package io.mag.keycloak.otp.entitlement;

import org.keycloak.provider.ProviderFactory;

/** Factory of a {@link RenewalEntitlementProvider}. */
public interface RenewalEntitlementProviderFactory extends ProviderFactory<RenewalEntitlementProvider> {
}
