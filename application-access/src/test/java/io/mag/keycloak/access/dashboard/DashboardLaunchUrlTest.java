package io.mag.keycloak.access.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where the dashboard's Launch goes: the client's base URL, resolved as Keycloak's account console
 * resolves it. (A relative base URL without a root URL goes to the gateway's front end through
 * JAX-RS's UriBuilder, which needs a server runtime: Keycloak's own behaviour, not tested here.)
 */
class DashboardLaunchUrlTest {

    private static final String FRONTEND = "https://gateway.example/";
    private static final String ADMIN = "https://admin.gateway.example/";

    @Test
    void anAbsoluteBaseUrlIsLaunchedAsItIs() {
        assertThat(Dashboard.launchUrl(FRONTEND, ADMIN, "https://root.example", "https://portal.example/start"))
                .isEqualTo("https://portal.example/start");
    }

    @Test
    void aRelativeBaseUrlIsResolvedAgainstTheRootUrl() {
        assertThat(Dashboard.launchUrl(FRONTEND, ADMIN, "http://127.0.0.1:8081", "/portal/")).isEqualTo("http://127.0.0.1:8081/portal/");
    }

    @Test
    void noBaseUrlMeansNoLaunch() {
        assertThat(Dashboard.launchUrl(FRONTEND, ADMIN, "https://root.example", null)).isNull();
        assertThat(Dashboard.launchUrl(FRONTEND, ADMIN, "https://root.example", "  ")).isNull();
    }

    @Test
    void aScriptOrOtherSchemeIsNeverLaunched() {
        assertThat(Dashboard.launchUrl(FRONTEND, ADMIN, null, "javascript:alert(1)")).isNull();
        assertThat(Dashboard.launchUrl(FRONTEND, ADMIN, null, "JavaScript:alert(1)")).isNull();
        assertThat(Dashboard.launchUrl(FRONTEND, ADMIN, null, "data:text/html,hi")).isNull();
    }
}
