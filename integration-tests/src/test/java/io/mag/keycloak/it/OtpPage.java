package io.mag.keycloak.it;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The one-time-password page of the step-up (Keycloak's login-otp.ftl, asked by mag-otp-step-up-form). */
final class OtpPage {

    private final WebDriver driver;

    OtpPage(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    boolean isShown() {
        return !driver.findElements(By.id("kc-otp-login-form")).isEmpty();
    }

    boolean asksForUsernameOrPassword() {
        return !driver.findElements(By.id("username")).isEmpty() || !driver.findElements(By.id("password")).isEmpty();
    }

    void enter(String code) {
        driver.findElement(By.id("otp")).sendKeys(code);
        driver.findElement(By.id("kc-login")).click();
    }

    /** The error shown under the code field, or "" when there is none. */
    String error() {
        return driver.findElements(By.id("input-error-otp")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    /** The "requirements not met" page: "expired", "missing", or "" when it is not shown. */
    String requirement() {
        if (!driver.findElements(By.id("mag-otp-expired")).isEmpty()) {
            return "expired";
        }
        return driver.findElements(By.id("mag-otp-missing")).isEmpty() ? "" : "missing";
    }

    boolean offersSetup() {
        return !driver.findElements(By.id("mag-setup-otp")).isEmpty();
    }

    void setUpNow() {
        driver.findElement(By.id("mag-setup-otp")).click();
    }

    boolean showsOtpSetup() {
        return !driver.findElements(By.id("kc-totp-settings")).isEmpty();
    }
}
