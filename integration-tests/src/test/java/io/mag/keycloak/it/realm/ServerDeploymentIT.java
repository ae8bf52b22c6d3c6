package io.mag.keycloak.it.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.representations.info.ThemeInfoRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

import io.mag.keycloak.it.support.MagServerConfig;

/** The server starts with our modules in providers/ and reports what they provide. */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ServerDeploymentIT {

    @InjectAdminClient
    Keycloak admin;

    @Test
    void runsOnTheSupportedServerVersion() {
        assertThat(admin.serverInfo().getInfo().getSystemInfo().getVersion()).isEqualTo("26.7.3");
    }

    @Test
    void serverInfoListsTheMagLoginAndEmailThemes() {
        ServerInfoRepresentation info = admin.serverInfo().getInfo();

        assertThat(themeNames(info, "login")).contains("mag");
        assertThat(themeNames(info, "email")).contains("mag");
    }

    private static List<String> themeNames(ServerInfoRepresentation info, String type) {
        return info.getThemes().get(type).stream().map(ThemeInfoRepresentation::getName).toList();
    }
}
