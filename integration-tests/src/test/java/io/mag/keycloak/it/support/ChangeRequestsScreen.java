package io.mag.keycloak.it.support;

import java.util.List;
import java.util.Optional;

import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Change Requests (required action mag-change-requests) as its users see it. */
public final class ChangeRequestsScreen {

    public static final String ACTION = "mag-change-requests";

    /** One row of "Your requests". */
    public record Row(String id, String kind, String status, String text) {
    }

    private final WebDriver driver;

    public ChangeRequestsScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    public static void open(OAuthClient oauth) {
        oauth.loginForm().kcAction(ACTION).open();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("mag-change-intro")).isEmpty();
    }

    public boolean isRefused() {
        return !driver.findElements(By.id("mag-change-refused")).isEmpty();
    }

    /** Whether the page has the form of a kind (email, legal-name, organization-administrator, company-name, company-address). */
    public boolean offers(String kind) {
        return !driver.findElements(By.id("mag-change-" + kind + "-form")).isEmpty();
    }

    /** Asks for a new email address; {@code forUsername} null: for oneself. */
    public void requestEmail(String forUsername, String email) {
        if (forUsername != null) {
            selectMember("emailUserId", forUsername);
        }
        type("email", email);
        driver.findElement(By.id("mag-change-email")).click();
    }

    public void requestLegalName(String firstName, String lastName) {
        type("firstName", firstName);
        type("lastName", lastName);
        driver.findElement(By.id("mag-change-legal-name")).click();
    }

    public void requestAdministrator(String username) {
        selectMember("administratorUserId", username);
        driver.findElement(By.id("mag-change-organization-administrator")).click();
    }

    public void requestCompanyName(String name) {
        type("companyName", name);
        driver.findElement(By.id("mag-change-company-name")).click();
    }

    public void requestCompanyAddress(String street, String city, String postalCode, String country) {
        type("street", street);
        type("city", city);
        type("postalCode", postalCode);
        type("country", country);
        driver.findElement(By.id("mag-change-company-address")).click();
    }

    public List<Row> requests() {
        return driver.findElements(By.cssSelector("tr.mag-change-request")).stream()
                .map(tr -> new Row(tr.getDomAttribute("data-request-id"), tr.getDomAttribute("data-kind"), tr.getDomAttribute("data-status"),
                        tr.getDomProperty("textContent").replaceAll("\\s+", " ").trim()))
                .toList();
    }

    public Optional<Row> request(String id) {
        return requests().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public boolean withdrawable(String id) {
        return !row(id).findElements(By.cssSelector("button[value=withdraw]")).isEmpty();
    }

    public void withdraw(String id) {
        row(id).findElement(By.cssSelector("button[value=withdraw]")).click();
    }

    /** The per-field error under a field, or "". */
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
        driver.findElement(By.id("mag-change-done")).click();
    }

    private WebElement row(String id) {
        return driver.findElements(By.cssSelector("tr.mag-change-request")).stream()
                .filter(tr -> id.equals(tr.getDomAttribute("data-request-id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no request " + id + " on the page: " + requests()));
    }

    private void selectMember(String select, String username) {
        Select members = new Select(driver.findElement(By.id(select)));
        members.getOptions().stream().filter(o -> o.getText().startsWith(username)).findFirst()
                .ifPresentOrElse(o -> members.selectByValue(o.getDomAttribute("value")),
                        () -> { throw new AssertionError("no member " + username + " to choose in " + select); });
    }

    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
