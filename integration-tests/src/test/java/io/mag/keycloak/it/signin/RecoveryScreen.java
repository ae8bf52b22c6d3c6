package io.mag.keycloak.it.signin;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The reset-credentials pages of the mag realm (authenticator mag-forgot-password-form): "Forgot
 * password" (User ID or email), "Forgot User ID?" (email), and Keycloak's "Update password" page
 * that a reset link opens.
 */
final class RecoveryScreen {

    private final WebDriver driver;

    RecoveryScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    /** From the sign-in page, its "Forgot Password?" link. */
    void openForgotPassword() {
        driver.findElement(By.linkText("Forgot Password?")).click();
    }

    /** From the sign-in page or the "Forgot password" page, the "Forgot User ID?" link. */
    void openForgotUserId() {
        driver.findElement(By.id("mag-forgot-user-id-link")).click();
    }

    boolean showsForgotPassword() {
        return !driver.findElements(By.id("kc-reset-password-form")).isEmpty();
    }

    boolean showsForgotUserId() {
        return !driver.findElements(By.id("mag-forgot-user-id-form")).isEmpty();
    }

    void requestPasswordReset(String userIdOrEmail) {
        driver.findElement(By.id("username")).sendKeys(userIdOrEmail);
        driver.findElement(By.cssSelector("[type=submit]")).click();
    }

    void requestUserIds(String email) {
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.cssSelector("[type=submit]")).click();
    }

    /** The message at the top of the page (Keycloak's feedback area), or "" when there is none. */
    String message() {
        return driver.findElements(By.cssSelector(".kc-feedback-text")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    /** The field error under the User ID or email field, or "". */
    String fieldError() {
        return driver.findElements(By.cssSelector("#input-error-username, #input-error-email")).stream()
                .map(e -> e.getText()).findFirst().orElse("");
    }

    boolean asksForNewPassword() {
        return !driver.findElements(By.id("password-new")).isEmpty();
    }

    void chooseNewPassword(String password) {
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        driver.findElement(By.cssSelector("[type=submit]")).click();
    }
}
