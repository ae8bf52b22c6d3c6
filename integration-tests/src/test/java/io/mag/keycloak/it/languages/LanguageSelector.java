package io.mag.keycloak.it.languages;

import java.net.URI;
import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Keycloak's language selector on the login theme's pages (a select whose options are the page's
 * address with {@code kc_locale}), and the language a page is written in.
 */
final class LanguageSelector {

    private final ManagedWebDriver browser;
    private final WebDriver driver;

    LanguageSelector(ManagedWebDriver browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** The languages offered, as labelled in the selector. */
    List<String> offered() {
        return options().stream().map(o -> o.getDomProperty("textContent").trim()).toList();
    }

    /**
     * Picks a language by its tag ("de"): the option whose address carries {@code kc_locale=de}.
     * The select's onchange opens that address; it is opened here directly, so that HtmlUnit and
     * Chromium take the same path.
     */
    void choose(String languageTag) {
        String url = options().stream().map(o -> o.getDomAttribute("value"))
                .filter(value -> value != null && value.matches(".*[?&]kc_locale=" + languageTag + "(&.*)?"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no language " + languageTag + " in " + offered()));
        // Keycloak writes the address without scheme and host; the browser resolves it against the page.
        browser.open(URI.create(driver.getCurrentUrl()).resolve(url).toString());
    }

    /** The lang attribute of the page's html element. */
    String pageLanguage() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** The page's title heading (Keycloak's #kc-page-title). */
    String pageTitle() {
        return driver.findElement(By.id("kc-page-title")).getDomProperty("textContent").trim();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getDomProperty("textContent").replaceAll("\\s+", " ");
    }

    private List<WebElement> options() {
        return driver.findElements(By.cssSelector("#login-select-toggle option"));
    }
}
