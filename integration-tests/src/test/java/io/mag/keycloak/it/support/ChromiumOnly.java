package io.mag.keycloak.it.support;

/**
 * Tag for test classes that only a real browser can run, such as those driving Keycloak's account
 * console (a React application loaded as ES modules through an import map: HtmlUnit stays on its
 * "Loading the Account Console" page). The failsafe execution "default" (HtmlUnit) leaves these
 * classes out; tag them with {@link BrowserJourney#TAG} as well, so that the execution
 * "browser-journeys" runs them in headless Chromium.
 */
public final class ChromiumOnly {

    public static final String TAG = "chromium-only";

    private ChromiumOnly() {
    }
}
