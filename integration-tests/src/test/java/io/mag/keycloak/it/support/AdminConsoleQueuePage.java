package io.mag.keycloak.it.support;

import java.time.Duration;
import java.util.List;

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator's queue in Keycloak's admin console (a declarative page, provider
 * {@value OperatorQueueApi#PAGE}): the list of items, an item's form with Decision and Reason,
 * Save and the console's alert. Chromium only (the console is a React application).
 */
public final class AdminConsoleQueuePage {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ManagedWebDriver browser;
    private final WebDriver driver;
    private final ManagedRealm realm;

    public AdminConsoleQueuePage(ManagedWebDriver browser, ManagedRealm realm) {
        this.browser = browser;
        this.driver = browser.driver();
        this.realm = realm;
    }

    /** The queue's list in the console of the realm's own admins (signing in if asked). */
    public static String url(ManagedRealm realm) {
        String server = realm.getBaseUrl().substring(0, realm.getBaseUrl().indexOf("/realms/"));
        return server + "/admin/" + realm.getName() + "/console/#/" + realm.getName() + "/page-section/" + OperatorQueueApi.PAGE;
    }

    /** Opens the list, signing in as {@code username} when the console asks. */
    public AdminConsoleQueuePage open(String username, String password) {
        browser.open(url(realm));
        waitFor(d -> !d.findElements(By.id("username")).isEmpty() || !d.findElements(By.cssSelector("table, .pf-v5-c-empty-state")).isEmpty());
        if (!driver.findElements(By.id("username")).isEmpty()) {
            new SignInPage(browser).signIn(username, password);
            // Back in the console: open the queue again, whichever page the console returned to.
            waitFor(d -> d.getCurrentUrl().contains("/admin/" + realm.getName() + "/console"));
            browser.open(url(realm));
        }
        waitFor(d -> !d.findElements(By.cssSelector("table, .pf-v5-c-empty-state")).isEmpty());
        return this;
    }

    /** The navigation entry of the queue (its title from the mag admin theme). */
    public String navigationTitle() {
        waitFor(d -> !d.findElements(By.cssSelector("a[href$='/page-section/" + OperatorQueueApi.PAGE + "']")).isEmpty());
        return driver.findElement(By.cssSelector("a[href$='/page-section/" + OperatorQueueApi.PAGE + "']")).getText().strip();
    }

    /** The organization names the list shows (its first column). */
    public List<String> organizations() {
        return driver.findElements(By.cssSelector("table tbody tr td:first-child a")).stream().map(WebElement::getText).toList();
    }

    /** Opens the item of {@code organization} from the list. */
    public void openItem(String organization) {
        waitFor(d -> organizations().contains(organization));
        driver.findElement(By.linkText(organization)).click();
        waitFor(d -> !d.findElements(By.cssSelector("[data-testid=save]")).isEmpty());
    }

    /**
     * The value of a field of the open item: the console renders a property {@code name} as an
     * input or text area with id, test id or form name ({@code config.<name>}) of that name.
     */
    public String field(String name) {
        WebElement element = driver.findElement(By.xpath("(//input|//textarea)[@id='" + name + "' or @data-testid='" + name
                + "' or @name='config." + name + "']"));
        return element.getDomProperty("value");
    }

    public void choose(String decision) {
        driver.findElement(By.id("decision")).click();
        waitFor(d -> !d.findElements(By.xpath("//*[@role='option'][normalize-space()='" + decision + "']")).isEmpty());
        driver.findElement(By.xpath("//*[@role='option'][normalize-space()='" + decision + "']")).click();
    }

    public void reason(String text) {
        WebElement reason = driver.findElement(By.id("reason"));
        reason.clear();
        reason.sendKeys(text);
    }

    /**
     * Saves and returns the console's alert (its title without PatternFly's screen-reader prefix),
     * after closing the alerts of earlier saves.
     */
    public String save() {
        driver.findElements(By.cssSelector(".pf-v5-c-alert__action button")).forEach(WebElement::click);
        waitFor(d -> d.findElements(By.cssSelector(".pf-v5-c-alert__title")).isEmpty());
        driver.findElement(By.cssSelector("[data-testid=save]")).click();
        waitFor(d -> !d.findElements(By.cssSelector(".pf-v5-c-alert__title")).isEmpty());
        WebElement title = driver.findElement(By.cssSelector(".pf-v5-c-alert__title"));
        String text = title.getText();
        for (WebElement hidden : title.findElements(By.cssSelector(".pf-v5-screen-reader"))) {
            text = text.replace(hidden.getText(), "");
        }
        return text.strip();
    }

    /** Back to the list (the item's Cancel link), reloaded. */
    public void backToList() {
        browser.open(url(realm));
        browser.driver().navigate().refresh();
        waitFor(d -> !d.findElements(By.cssSelector("table, .pf-v5-c-empty-state")).isEmpty());
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(condition::apply);
    }
}
