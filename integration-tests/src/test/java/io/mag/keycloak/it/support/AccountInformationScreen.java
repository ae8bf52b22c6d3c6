package io.mag.keycloak.it.support;

import java.util.List;

import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Account Information (required action mag-account-information) as a user sees it. */
public final class AccountInformationScreen {

    public static final String ACTION = "mag-account-information";

    private final WebDriver driver;

    public AccountInformationScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    public static void open(OAuthClient oauth) {
        oauth.loginForm().kcAction(ACTION).open();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("mag-account-user-id")).isEmpty();
    }

    public String userId() {
        return driver.findElement(By.id("mag-account-user-id")).getDomProperty("textContent").trim();
    }

    /** "password" or "otp". */
    public String sessionCredential() {
        return driver.findElement(By.id("mag-account-session")).getDomAttribute("data-credential");
    }

    public List<String> otpExpiries() {
        return driver.findElements(By.cssSelector(".mag-account-otp-expiry")).stream().map(e -> e.getDomAttribute("data-expires-on")).toList();
    }

    public List<String> organizationIds() {
        return driver.findElements(By.cssSelector(".mag-account-organization")).stream().map(e -> e.getDomAttribute("data-organization-id")).toList();
    }

    /** The organization's heading text, e.g. "Organization Acme". */
    public String organizationHeading(String organizationId) {
        return organization(organizationId).findElement(By.tagName("h2")).getDomProperty("textContent").trim();
    }

    public List<String> roles(String organizationId) {
        return organization(organizationId).findElements(By.cssSelector(".mag-account-role")).stream()
                .map(e -> e.getDomAttribute("data-role")).toList();
    }

    /** The Organization Administrators' User IDs. */
    public List<String> administrators(String organizationId) {
        return organization(organizationId).findElements(By.cssSelector(".mag-account-administrator")).stream()
                .map(e -> e.getDomAttribute("data-user-id")).toList();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void done() {
        driver.findElement(By.id("mag-account-done")).click();
    }

    private WebElement organization(String organizationId) {
        return driver.findElement(By.cssSelector(".mag-account-organization[data-organization-id='" + organizationId + "']"));
    }
}
