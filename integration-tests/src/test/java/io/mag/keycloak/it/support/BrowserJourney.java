package io.mag.keycloak.it.support;

/**
 * Tag for test classes that drive a main user journey. The build runs every test with HtmlUnit,
 * then the classes with this tag once more in headless Chromium (failsafe execution
 * "browser-journeys" in this module's pom).
 */
public final class BrowserJourney {

    public static final String TAG = "browser-journey";

    private BrowserJourney() {
    }
}
