package io.mag.keycloak.it.support;

import java.util.List;

import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Partner Applications (required action mag-organization-applications) as an Organization
 * Administrator sees it: the partners' offers awaiting an answer and the applications open to
 * public registration, each with the organization's members to choose Application Administrators from.
 */
public final class OrganizationApplicationsScreen {

    public static final String ACTION = "mag-organization-applications";

    private final WebDriver driver;

    public OrganizationApplicationsScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    public static void open(OAuthClient oauth) {
        oauth.loginForm().kcAction(ACTION).open();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("mag-organization-applications")).isEmpty();
    }

    /** The ids of the offers awaiting an answer. */
    public List<String> offers() {
        return driver.findElements(By.cssSelector(".mag-offer")).stream().map(e -> e.getDomAttribute("data-offer-id")).toList();
    }

    /** The text of the offer (who offers what). */
    public String offerText(String offerId) {
        return offer(offerId).findElement(By.cssSelector(".mag-offer-what")).getDomProperty("textContent").trim();
    }

    /** Accepts, choosing these members (User IDs) as Application Administrators. */
    public void accept(String offerId, String... usernames) {
        WebElement offer = offer(offerId);
        choose(offer, usernames);
        offer.findElement(By.cssSelector("button[value='accept']")).click();
    }

    public void decline(String offerId, String reason) {
        WebElement offer = offer(offerId);
        offer.findElement(By.cssSelector("input[name='reason']")).sendKeys(reason);
        offer.findElement(By.cssSelector("button[value='decline']")).click();
    }

    /** Whether the application is listed as open to registration and the organization subscribed to it. */
    public boolean publicSubscribed(String clientId) {
        return "true".equals(publicApp(clientId).getDomAttribute("data-subscribed"));
    }

    /** Registers the organization for the public application, choosing these members as Application Administrators. */
    public void register(String clientId, String... usernames) {
        WebElement app = publicApp(clientId);
        choose(app, usernames);
        app.findElement(By.cssSelector("button[value='register']")).click();
    }

    private static void choose(WebElement section, String... usernames) {
        for (String username : usernames) {
            WebElement box = section.findElement(By.cssSelector(".mag-offer-member[data-username='" + username + "'] input"));
            if (!box.isSelected()) {
                box.click();
            }
        }
    }

    private WebElement offer(String offerId) {
        return driver.findElement(By.cssSelector(".mag-offer[data-offer-id='" + offerId + "']"));
    }

    private WebElement publicApp(String clientId) {
        return driver.findElement(By.cssSelector(".mag-public-app[data-client-id='" + clientId + "']"));
    }

    /** The success or error message at the top of the page. */
    public String message() {
        return driver.findElements(By.cssSelector(".pf-v5-c-alert__title, .kc-feedback-text")).stream()
                .map(e -> e.getDomProperty("textContent").trim()).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    public void done() {
        driver.findElement(By.id("mag-organization-applications-done")).click();
    }
}
