package io.mag.keycloak.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Keeps a screenshot of each page a browser journey passes, as a test artifact under
 * {@code integration-tests/target/screenshots/<journey>/<page>.png}; the user guide
 * ({@code docs/user/images/}) reuses some of them. Only a real browser (the Chromium run) renders
 * pages; with HtmlUnit this does nothing, so the same journey code runs in both.
 */
public final class Screenshots {

    public static final Path DIRECTORY = Path.of("target", "screenshots");

    private final ManagedWebDriver browser;
    private final Path journey;

    public Screenshots(ManagedWebDriver browser, String journey) {
        this.browser = browser;
        this.journey = DIRECTORY.resolve(journey);
    }

    /** Keeps the page now shown as {@code <page>.png}; returns where, or null with HtmlUnit. */
    public Path keep(String page) {
        if (!(browser.driver() instanceof TakesScreenshot camera)) {
            return null;
        }
        byte[] png = camera.getScreenshotAs(OutputType.BYTES);
        Path file = journey.resolve(page + ".png");
        try {
            Files.createDirectories(journey);
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(Arrays.copyOf(png, 4)).as("a PNG: %s", file).containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(png.length).as("screenshot %s", file.toAbsolutePath()).isGreaterThan(1000);
        return file;
    }
}
