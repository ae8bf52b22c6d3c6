package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.keycloak.common.Profile;
import org.keycloak.testframework.server.KeycloakServerConfig;
import org.keycloak.testframework.server.KeycloakServerConfigBuilder;

/**
 * The test server: Keycloak with every provider module of this project in providers/.
 * All test classes share this config, so the framework starts the server once per run.
 */
public final class MagServerConfig implements KeycloakServerConfig {

    static final String GROUP_ID = "io.mag.keycloak";

    /**
     * Artifact ids of every module that ships providers or themes (realm-config is imported, not
     * deployed), from the parent pom's {@code mag.provider.modules}, the list the scripts use too.
     */
    static final List<String> PROVIDER_MODULES = providerModules();

    /** The email outbox's resend task on the test server: every 2 s, for emails unsent 4 s after their commit. */
    public static final int OUTBOX_RESEND_INTERVAL_SECONDS = 2;
    public static final int OUTBOX_GRACE_SECONDS = 4;

    @Override
    public KeycloakServerConfigBuilder configure(KeycloakServerConfigBuilder config) {
        // Bind to IPv4 loopback only: the framework probes http://localhost:8080.
        config.option("http-host", "127.0.0.1");
        PROVIDER_MODULES.forEach(module -> config.dependency(GROUP_ID, module));
        // The operator's queue in the admin console is a page of Keycloak's declarative admin UI
        // (experimental in 26.7, off by default); bin/start-gateway and the container image enable it too.
        config.features(Profile.Feature.DECLARATIVE_UI);
        // The framework's test endpoints (time offset). Always deployed, so that classes which
        // move the clock and classes which do not share one server instead of restarting it.
        config.dependency("org.keycloak.testframework", "keycloak-test-framework-remote-providers");
        // CIBA's authentication device: the framework's test endpoint (@InjectCibaProvider), so that
        // a test can drive a backchannel authentication like a client and its user's device.
        config.option("spi-ciba-auth-channel--ciba-http-auth-channel--http-authentication-channel-uri",
                "http://127.0.0.1:8500/ciba/request-authentication-channel");
        // The email outbox's resend task, quicker than its defaults (60 s, 120 s), so that a test sees an
        // email the mail server refused sent again within seconds (MailServerOutage). The send right
        // after the commit is unchanged; the task only takes rows still unsent after the grace period.
        config.option("spi-jpa-entity-provider--mag-email-outbox--resend-interval-seconds", String.valueOf(OUTBOX_RESEND_INTERVAL_SECONDS));
        config.option("spi-jpa-entity-provider--mag-email-outbox--grace-seconds", String.valueOf(OUTBOX_GRACE_SECONDS));
        return config;
    }

    private static List<String> providerModules() {
        Properties build = new Properties();
        try (InputStream in = MagServerConfig.class.getResourceAsStream("/mag-build.properties")) {
            if (in == null) {
                throw new IllegalStateException("mag-build.properties missing: build the tests with Maven (resource filtering)");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String modules = build.getProperty("mag.provider.modules", "");
        if (modules.isBlank() || modules.contains("${")) {
            throw new IllegalStateException("mag.provider.modules not filled in: " + modules);
        }
        // Module directory "themes" is artifact "mag-themes" (the naming rule of every module).
        return Arrays.stream(modules.split(",")).map(String::strip).map(module -> "mag-" + module).toList();
    }
}
