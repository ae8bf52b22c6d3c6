package io.mag.keycloak.it.support;

import java.time.Duration;
import java.time.Instant;

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak's account console with the mag account theme: its menu (content.json) and the gateway's
 * self-service pages (theme/mag/account/resources/content/mag/action-page.js). The console is a
 * React application that renders after sign-in and after every navigation, so every lookup waits.
 */
public final class AccountConsolePage {

    /** The first load fetches the console's scripts and signs in through keycloak-js: not instant. */
    private static final Duration RENDERING = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final WebDriverWait wait;

    public AccountConsolePage(ManagedWebDriver browser) {
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, RENDERING);
    }

    /** The account console of the realm, e.g. http://localhost:8080/realms/mag/account/. */
    public static String url(ManagedRealm realm) {
        return realm.getBaseUrl() + "/account/";
    }

    /** Waits until the console shows its menu and a page heading. */
    public AccountConsolePage waitUntilShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=page-heading]")));
        return this;
    }

    /** Label of the menu entry that opens {@code path} (a content.json path), whether its group is open or not. */
    public String menuEntry(String path) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(menuLink(path))).getDomProperty("textContent").trim();
    }

    /** Opens a menu group (content.json entry with children) if closed, then the entry that opens {@code path}. */
    public void openFromMenu(String group, String path) {
        WebElement toggle = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid='" + group + "'] > button")));
        if (!"true".equals(toggle.getDomAttribute("aria-expanded"))) {
            toggle.click();
        }
        wait.until(ExpectedConditions.elementToBeClickable(menuLink(path))).click();
    }

    /** Waits for a gateway self-service page and returns the action it starts. */
    public String waitForActionPage() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=mag-action-page]")))
                .getDomAttribute("data-action");
    }

    public String heading() {
        return driver.findElement(By.cssSelector("[data-testid=mag-action-page] [data-testid=page-heading]")).getText();
    }

    public String description() {
        return driver.findElement(By.cssSelector("[data-testid=mag-action-description]")).getText();
    }

    /** Where the page's button leads: the authorization request that starts the action. */
    public String actionHref() {
        return actionButton().getDomAttribute("href");
    }

    public String actionButtonText() {
        return actionButton().getText();
    }

    public void startAction() {
        actionButton().click();
    }

    private WebElement actionButton() {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=mag-action-start]")));
    }

    /**
     * Opens Account security > Signing in and returns the text of the credential list of one
     * credential type (the console's data-testid "{type}/credential-list").
     */
    public String signingInList(ManagedRealm realm, String credentialType) {
        driver.navigate().to(url(realm) + "account-security/signing-in");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='" + credentialType + "/credential-list']"))).getText();
    }

    /**
     * The "Created" cell of the first credential of a type on the Signing in page (open it first
     * with {@link #signingInList}): Keycloak's own date, e.g. "Created November 30, 2026 at 4:46 AM.".
     */
    public String signingInCreated(String credentialType) {
        return driver.findElement(By.cssSelector("[data-testid='" + credentialType + "/credential-list'] [data-testrole=created-at]")).getText();
    }

    /** The language the server gave the console page (its environment's {@code locale}), e.g. "de". */
    public String locale() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return JSON.parse(document.getElementById('environment').textContent).locale;");
    }

    /**
     * A day as this browser writes it in the console's language with the long date style the
     * console uses for its own dates ({@code toLocaleString(locale, {dateStyle: "long"})}), in
     * {@code zone} (an IANA name such as "UTC"; null: the browser's own zone, as "Created" uses).
     */
    public String longDate(Instant instant, String zone) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const options = {dateStyle: 'long'}; if (arguments[2]) { options.timeZone = arguments[2]; }"
                        + " return new Date(arguments[0]).toLocaleString(arguments[1], options);",
                instant.toEpochMilli(), locale(), zone);
    }

    /** The title the Signing in page gives a credential type. */
    public String signingInTitle(String credentialType) {
        return driver.findElement(By.cssSelector("[data-testid='" + credentialType + "/title']")).getText();
    }

    /** The session's strength as the Credential strength page states it: its text, once shown. */
    public WebElement credentialStrength() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=mag-credential-strength]")));
    }

    /** The label Personal info gives a user-profile attribute (its form field's label). */
    public String personalInfoLabel(String attribute) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("label[for='" + attribute + "']")))
                .getText().replace("*", "").trim();
    }

    /** Waits until the menu group (a content.json entry with children) is displayed. */
    public WebElement waitForMenuGroup(String group) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(menuGroup(group)));
    }

    /** Whether the menu group is displayed right now (present and not hidden). */
    public boolean menuGroupDisplayed(String group) {
        return driver.findElements(menuGroup(group)).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Whether the menu link that opens {@code path} is hidden by the theme's role rule (its own
     * computed display is none), as opposed to merely sitting in a collapsed group. A link that is
     * not rendered yet counts as not hidden: wait for its group first.
     */
    public boolean menuLinkHiddenByRole(String path) {
        return driver.findElements(menuLink(path)).stream().anyMatch(link -> "none".equals(link.getCssValue("display")));
    }

    private static By menuGroup(String group) {
        return By.cssSelector("nav [data-testid='" + group + "']");
    }

    private static By menuLink(String path) {
        return By.cssSelector("nav a[data-testid='" + path + "']");
    }
}
