package io.mag.keycloak.it;

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The mag realm's sign-in pages. Organizations are enabled, so Keycloak's browser flow asks for
 * the username first (identity-first, to route organization members to their identity provider)
 * and for the password on a second page.
 */
final class SignInPage {

    private final WebDriver driver;

    SignInPage(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    /** The product name as written in the page (a real browser's getText() applies CSS upper-casing). */
    String productName() {
        return driver.findElement(By.cssSelector("#kc-header .mag-product-name")).getDomProperty("textContent").trim();
    }

    void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        submit();
        driver.findElement(By.id("password")).sendKeys(password);
        submit();
    }

    /**
     * Forgets the browser's Keycloak session. Browsers delete only the cookies visible at the
     * current URL, and Keycloak scopes its cookies to /realms/{realm}/, so open a page there first.
     */
    static void signOut(ManagedWebDriver browser, ManagedRealm realm) {
        browser.open(realm.getBaseUrl() + "/.well-known/openid-configuration");
        browser.cookies().deleteAll();
    }

    private void submit() {
        driver.findElement(By.cssSelector("[type=submit]")).click();
    }
}
