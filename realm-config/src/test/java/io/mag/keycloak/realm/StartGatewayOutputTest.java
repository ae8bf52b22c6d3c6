package io.mag.keycloak.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What bin/start-gateway writes when its output is not a terminal (a log file, a pipe, CI): no
 * ANSI colour codes. Runs the script on a path that stops before anything starts (an unknown
 * option), so no server and no port is involved.
 */
class StartGatewayOutputTest {

    private static final Path SCRIPT = Path.of("..", "bin", "start-gateway");

    @Test
    @DisplayName("redirected output carries the message and no ANSI escape codes")
    void redirectedOutputHasNoColourCodes() throws Exception {
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), "--no-such-option").redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).isEqualTo("[gateway] unknown option: --no-such-option (try --help)\n");
        assertThat(output).doesNotContain("\u001b[");
    }

    @Test
    @DisplayName("the banner says that Keycloak's internal-SPI warnings before it are expected, and what they mean")
    void bannerExplainsTheInternalSpiWarnings() throws IOException {
        String script = Files.readString(SCRIPT);
        String banner = script.substring(script.indexOf("cat <<BANNER"), script.indexOf("\nBANNER", script.indexOf("cat <<BANNER")));
        assertThat(banner.replaceAll("\\s+", " ")).contains("the \"internal SPI\" warnings above are expected:"
                + " this bundle's extensions implement Keycloak SPIs that Keycloak may change between versions;"
                + " it is built and tested for Keycloak $KC_VERSION.");
    }
}
