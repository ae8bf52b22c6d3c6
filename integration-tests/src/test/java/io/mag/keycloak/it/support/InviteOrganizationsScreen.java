package io.mag.keycloak.it.support;

import java.util.List;

import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The Invite Organizations page (required action mag-invite-organizations), as an inviter sees it. */
public final class InviteOrganizationsScreen {

    public static final String ACTION = "mag-invite-organizations";

    private final WebDriver driver;

    public InviteOrganizationsScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    public static void open(OAuthClient oauth) {
        oauth.loginForm().kcAction(ACTION).open();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("mag-invite-intro")).isEmpty();
    }

    public boolean isRefused() {
        return !driver.findElements(By.id("mag-invite-refused")).isEmpty();
    }

    /** One row of the invitations table. */
    public record Row(String invitationId, String companyName, String email, String status, String statusText,
               boolean resendOffered, boolean revokeOffered) {
    }

    public List<Row> invitations() {
        return driver.findElements(By.cssSelector("tr.mag-invitation")).stream().map(InviteOrganizationsScreen::row).toList();
    }

    public Row invitationTo(String email) {
        return invitations().stream().filter(r -> r.email().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no invitation to " + email + " on the page: " + invitations()));
    }

    private static Row row(WebElement tr) {
        return new Row(tr.getDomAttribute("data-invitation-id"),
                text(tr, ".mag-invitation-company-name"),
                tr.getDomAttribute("data-email"), tr.getDomAttribute("data-status"), text(tr, ".mag-invitation-status"),
                !tr.findElements(By.cssSelector(".mag-invitation-resend-form")).isEmpty(),
                !tr.findElements(By.cssSelector(".mag-invitation-revoke-form")).isEmpty());
    }

    private static String text(WebElement parent, String css) {
        return parent.findElement(By.cssSelector(css)).getDomProperty("textContent").trim();
    }

    public void invite(String companyName, String email, String... clientIds) {
        WebElement name = driver.findElement(By.id("companyName"));
        name.clear();
        name.sendKeys(companyName);
        WebElement contact = driver.findElement(By.id("contactEmail"));
        contact.clear();
        contact.sendKeys(email);
        for (String clientId : clientIds) {
            WebElement box = driver.findElement(By.cssSelector(".mag-invite-application[data-client-id='" + clientId + "'] input"));
            if (!box.isSelected()) {
                box.click();
            }
        }
        driver.findElement(By.id("mag-invite-send")).click();
    }

    /** Client ids of the applications offered in the invite form. */
    public List<String> offeredApplications() {
        return driver.findElements(By.cssSelector(".mag-invite-application")).stream()
                .map(e -> e.getDomAttribute("data-client-id")).toList();
    }

    public void search(String query) {
        WebElement box = driver.findElement(By.id("search"));
        box.clear();
        box.sendKeys(query);
        driver.findElement(By.id("mag-invite-search")).click();
    }

    /** Names of the organizations found by the last search. */
    public List<String> matches() {
        return driver.findElements(By.cssSelector(".mag-invite-match")).stream().map(e -> e.getDomAttribute("data-name")).toList();
    }

    /** Offers the found organization (by name) the application: "Invite this organization to the application". */
    public void offer(String organizationName, String clientId) {
        WebElement match = driver.findElements(By.cssSelector(".mag-invite-match")).stream()
                .filter(e -> organizationName.equals(e.getDomAttribute("data-name")))
                .findFirst().orElseThrow(() -> new AssertionError("no match " + organizationName + " on the page"));
        new org.openqa.selenium.support.ui.Select(match.findElement(By.cssSelector("select[name='clientIds']"))).selectByValue(clientId);
        match.findElement(By.cssSelector("button[value='offer']")).click();
    }

    /** Whether any found organization is offered "Invite this organization to the application". */
    public boolean offersApplications() {
        return !driver.findElements(By.cssSelector(".mag-invite-offer-form")).isEmpty();
    }

    public boolean saysNoMatches() {
        return !driver.findElements(By.id("mag-invite-no-matches")).isEmpty();
    }

    public void resend(String email) {
        clickInRow(email, ".mag-invitation-resend-form button");
    }

    public void revoke(String email) {
        clickInRow(email, ".mag-invitation-revoke-form button");
    }

    private void clickInRow(String email, String css) {
        driver.findElements(By.cssSelector("tr.mag-invitation")).stream()
                .filter(tr -> email.equals(tr.getDomAttribute("data-email")))
                .findFirst().orElseThrow()
                .findElement(By.cssSelector(css)).click();
    }

    /** The per-field error under a field of the invite form, or "". */
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
        driver.findElement(By.id("mag-invite-done")).click();
    }
}
