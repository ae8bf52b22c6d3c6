package io.mag.keycloak.it;

/**
 * Tag for test classes that drive a main user journey. The build runs every test with HtmlUnit,
 * then the classes with this tag once more in headless Chromium (failsafe execution
 * "browser-journeys" in this module's pom).
 */
final class BrowserJourney {

    static final String TAG = "browser-journey";

    private BrowserJourney() {
    }
}
