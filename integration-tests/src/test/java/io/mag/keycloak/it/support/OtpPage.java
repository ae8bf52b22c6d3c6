package io.mag.keycloak.it.support;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The one-time-password page of the step-up (Keycloak's login-otp.ftl, asked by mag-otp-step-up-form). */
public final class OtpPage {

    private final WebDriver driver;

    public OtpPage(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("kc-otp-login-form")).isEmpty();
    }

    public boolean asksForUsernameOrPassword() {
        return !driver.findElements(By.id("username")).isEmpty() || !driver.findElements(By.id("password")).isEmpty();
    }

    /** The page's heading (Keycloak's kc-page-title). */
    public String heading() {
        return driver.findElement(By.id("kc-page-title")).getDomProperty("textContent").trim().replaceAll("\\s+", " ");
    }

    /** The line under the heading that says why a code is asked, or "" when there is none. */
    public String reason() {
        return driver.findElements(By.id("mag-otp-step-up-reason")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    public void enter(String code) {
        driver.findElement(By.id("otp")).sendKeys(code);
        driver.findElement(By.id("kc-login")).click();
    }

    /** The error shown under the code field, or "" when there is none. */
    public String error() {
        return driver.findElements(By.id("input-error-otp")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    /** The "requirements not met" page: "expired", "missing", or "" when it is not shown. */
    public String requirement() {
        if (!driver.findElements(By.id("mag-otp-expired")).isEmpty()) {
            return "expired";
        }
        return driver.findElements(By.id("mag-otp-missing")).isEmpty() ? "" : "missing";
    }

    public boolean offersSetup() {
        return !driver.findElements(By.id("mag-setup-otp")).isEmpty();
    }

    /** The requirement page's Cancel, back to the application. */
    public boolean offersCancel() {
        return !driver.findElements(By.id("mag-otp-cancel")).isEmpty();
    }

    public void cancel() {
        driver.findElement(By.id("mag-otp-cancel")).click();
    }

    public void setUpNow() {
        driver.findElement(By.id("mag-setup-otp")).click();
    }

    boolean showsOtpSetup() {
        return !driver.findElements(By.id("kc-totp-settings")).isEmpty();
    }
}
