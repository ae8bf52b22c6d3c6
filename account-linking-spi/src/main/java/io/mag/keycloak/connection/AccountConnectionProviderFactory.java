package io.mag.keycloak.connection;

import org.keycloak.provider.ProviderFactory;

public interface AccountConnectionProviderFactory extends ProviderFactory<AccountConnectionProvider> {
}
