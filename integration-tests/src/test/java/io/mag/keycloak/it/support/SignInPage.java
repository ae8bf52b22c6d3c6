package io.mag.keycloak.it.support;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The mag realm's sign-in pages: by default User ID or email and password on one page
 * ({@code mag browser single page}); with the two-page flow ({@code mag browser}) bound, the
 * password on a second page. {@link #signIn} drives either.
 */
public final class SignInPage {

    /** The realm file's default browser flow: User ID or email and password on one page. */
    public static final String ONE_PAGE_FLOW = "mag browser single page";
    /** The two-page browser flow the realm file also ships. */
    public static final String TWO_PAGE_FLOW = "mag browser";

    private final WebDriver driver;

    public SignInPage(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    /** The product name as written in the page (a real browser's getText() applies CSS upper-casing). */
    public String productName() {
        return driver.findElement(By.cssSelector("#kc-header .mag-product-name")).getDomProperty("textContent").trim();
    }

    public void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            // Two-page flow: the password page follows the User ID page.
            submit();
        }
        driver.findElement(By.id("password")).sendKeys(password);
        submit();
    }

    /**
     * The field error of the page: under the User ID (the one-page form shows password errors there
     * too), else under the password (the two-page flow's password page); "" when there is none.
     */
    public String fieldError() {
        return driver.findElements(By.cssSelector("#input-error-username, #input-error-password")).stream()
                .map(e -> e.getText())
                .findFirst()
                .orElse("");
    }

    /** Binds one of the realm's browser flows, as an admin does in the console (Authentication, Bind flow). */
    public static void bindBrowserFlow(ManagedRealm realm, String alias) {
        RealmRepresentation rep = realm.admin().toRepresentation();
        if (!alias.equals(rep.getBrowserFlow())) {
            rep.setBrowserFlow(alias);
            realm.admin().update(rep);
        }
    }

    /**
     * Forgets the browser's Keycloak session. Browsers delete only the cookies visible at the
     * current URL, and Keycloak scopes its cookies to /realms/{realm}/, so open a page there first.
     */
    public static void signOut(ManagedWebDriver browser, ManagedRealm realm) {
        browser.open(realm.getBaseUrl() + "/.well-known/openid-configuration");
        browser.cookies().deleteAll();
    }

    private void submit() {
        driver.findElement(By.cssSelector("[type=submit]")).click();
    }
}
