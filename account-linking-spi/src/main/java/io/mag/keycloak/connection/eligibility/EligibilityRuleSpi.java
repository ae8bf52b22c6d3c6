package io.mag.keycloak.connection.eligibility;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The rules that decide which accounts may be connected as children. */
public final class EligibilityRuleSpi implements Spi {

    public static final String NAME = "mag-connection-eligibility-rule";

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
        return EligibilityRule.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return EligibilityRule.class;
    }
}
