package io.mag.keycloak.it;

import java.util.List;

import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The test server: Keycloak with every provider module of this project in providers/.
 * All test classes share this config, so the framework starts the server once per run.
 */
public final class MagServerConfig implements KeycloakServerConfig {

    static final String GROUP_ID = "io.mag.keycloak";

    /** Every module that ships providers or themes; realm-config is imported, not deployed. */
    static final List<String> PROVIDER_MODULES = List.of(
            "mag-common",
            "mag-themes",
            "mag-authenticators",
            "mag-account-linking-spi",
            "mag-registration-flow");

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        // Bind to IPv4 loopback only: the framework probes http://localhost:8080.
        config.option("http-host", "127.0.0.1");
        PROVIDER_MODULES.forEach(module -> config.dependency(GROUP_ID, module));
        // The framework's test endpoints (time offset). Always deployed, so that classes which
        // move the clock and classes which do not share one server instead of restarting it.
        config.dependency("org.keycloak.testframework", "keycloak-test-framework-remote-providers");
        return config;
    }
}
