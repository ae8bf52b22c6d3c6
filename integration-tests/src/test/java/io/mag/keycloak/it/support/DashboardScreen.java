package io.mag.keycloak.it.support;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The MAG dashboard (required action mag-dashboard), as a user sees it. */
public final class DashboardScreen {

    public static final String ACTION = "mag-dashboard";
    public static final String PAGE_PATH = "content/dashboard";
    public static final String MENU_GROUP = "magMyAccount";

    private final WebDriver driver;

    public DashboardScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("mag-dashboard")).isEmpty();
    }

    /** The row of an application the user has access to (by clientId). */
    public WebElement application(String clientId) {
        return driver.findElement(By.cssSelector("[data-testid=mag-dashboard-application][data-client-id='" + clientId + "']"));
    }

    /** The entry of an application the user may request (by clientId). */
    public WebElement requestable(String clientId) {
        return driver.findElement(By.cssSelector("[data-testid=mag-dashboard-requestable][data-client-id='" + clientId + "']"));
    }

    public boolean listsApplication(String clientId) {
        return !driver.findElements(By.cssSelector("[data-testid=mag-dashboard-application][data-client-id='" + clientId + "']")).isEmpty();
    }

    public boolean listsPending(String clientId) {
        return !driver.findElements(By.cssSelector("[data-testid=mag-dashboard-pending][data-client-id='" + clientId + "']")).isEmpty();
    }

    public WebElement launch(String clientId) {
        return application(clientId).findElement(By.cssSelector("[data-testid=mag-dashboard-launch]"));
    }

    /** Requests access to an application from its entry, with an optional note. */
    public void request(String clientId, String note) {
        WebElement entry = requestable(clientId);
        if (note != null) {
            entry.findElement(By.name("note")).sendKeys(note);
        }
        entry.findElement(By.cssSelector("button[name=operation][value=request]")).click();
    }

    /** A link of the My 2FA Credentials section: elevate, credential-strength or manage-otp. */
    public WebElement twoFactorLink(String which) {
        return driver.findElement(By.cssSelector("[data-testid=mag-dashboard-" + which + "]"));
    }

    public WebElement section(String id) {
        return driver.findElement(By.id(id));
    }

    /** The page's success or error message, empty when there is none. */
    public String message() {
        return driver.findElements(By.cssSelector(".pf-v5-c-alert__title, .kc-feedback-text")).stream()
                .map(e -> e.getDomProperty("textContent").trim()).filter(text -> !text.isBlank()).findFirst().orElse("");
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void done() {
        driver.findElement(By.id("mag-dashboard-done")).click();
    }
}
