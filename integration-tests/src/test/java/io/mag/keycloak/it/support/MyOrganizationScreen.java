package io.mag.keycloak.it.support;

import java.util.List;

import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** My Organization (required action mag-my-organization) as its users see it. */
public final class MyOrganizationScreen {

    public static final String ACTION = "mag-my-organization";

    private final WebDriver driver;

    public MyOrganizationScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    public static void open(OAuthClient oauth) {
        oauth.loginForm().kcAction(ACTION).open();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("mag-org-intro")).isEmpty();
    }

    public boolean isRefused() {
        return !driver.findElements(By.id("mag-org-refused")).isEmpty();
    }

    public boolean offersCreate() {
        return !driver.findElements(By.id("mag-org-create-form")).isEmpty();
    }

    /** Creates a user; {@code username} null: a generated User ID. */
    public void create(String username, String firstName, String lastName, String email, String oneTimePassword) {
        if (username != null) {
            type("username", username);
        }
        type("firstName", firstName);
        type("lastName", lastName);
        type("email", email);
        type("oneTimePassword", oneTimePassword);
        driver.findElement(By.id("mag-org-create")).click();
    }

    public void invite(String email) {
        type("inviteEmail", email);
        driver.findElement(By.id("mag-org-invite")).click();
    }

    /** The User IDs in the users table. */
    public List<String> usernames() {
        return driver.findElements(By.cssSelector("tr.mag-org-user")).stream().map(tr -> tr.getDomAttribute("data-username")).toList();
    }

    public boolean enabled(String username) {
        return "true".equals(row(username).getDomAttribute("data-enabled"));
    }

    public List<String> roles(String username) {
        return row(username).findElements(By.cssSelector(".mag-org-user-role")).stream().map(e -> e.getDomAttribute("data-role")).toList();
    }

    public void disable(String username) {
        row(username).findElement(By.cssSelector("button[value=disable]")).click();
    }

    public void enable(String username) {
        row(username).findElement(By.cssSelector("button[value=enable]")).click();
    }

    public void remove(String username) {
        row(username).findElement(By.cssSelector("button[value=remove]")).click();
    }

    public void grant(String username, String role) {
        WebElement form = row(username).findElement(By.cssSelector(".mag-org-grant-form"));
        new Select(form.findElement(By.name("role"))).selectByValue(role);
        form.findElement(By.cssSelector("button[value=grant]")).click();
    }

    public List<String> invitedEmails() {
        return driver.findElements(By.cssSelector("tr.mag-org-invitation")).stream().map(tr -> tr.getDomAttribute("data-email")).toList();
    }

    public void revoke(String email) {
        driver.findElements(By.cssSelector("tr.mag-org-invitation")).stream()
                .filter(tr -> email.equals(tr.getDomAttribute("data-email"))).findFirst().orElseThrow()
                .findElement(By.cssSelector("button[value=revoke]")).click();
    }

    /** The per-field error under a field of a form, or "". */
    public String fieldError(String field) {
        return driver.findElements(By.id("input-error-" + field)).stream().map(e -> e.getDomProperty("textContent").trim())
                .findFirst().orElse("");
    }

    /** The success or error message at the top of the page. */
    public String message() {
        return driver.findElements(By.cssSelector(".pf-v5-c-alert__title, .kc-feedback-text")).stream()
                .map(e -> e.getDomProperty("textContent").trim()).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public void done() {
        driver.findElement(By.id("mag-org-done")).click();
    }

    private WebElement row(String username) {
        return driver.findElements(By.cssSelector("tr.mag-org-user")).stream()
                .filter(tr -> username.equals(tr.getDomAttribute("data-username"))).findFirst()
                .orElseThrow(() -> new AssertionError("no user " + username + " on the page: " + usernames()));
    }

    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
