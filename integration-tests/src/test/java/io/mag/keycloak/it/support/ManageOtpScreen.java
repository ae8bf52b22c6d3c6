package io.mag.keycloak.it.support;

import java.util.List;

import org.keycloak.models.utils.Base32;
import org.keycloak.models.utils.TimeBasedOTP;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The Manage OTP page (required action mag-manage-otp) and Keycloak's OTP setup page, as a user sees them. */
public final class ManageOtpScreen {

    public static final String ACTION = "mag-manage-otp";

    private final WebDriver driver;

    public ManageOtpScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    public static void open(OAuthClient oauth) {
        oauth.loginForm().kcAction(ACTION).open();
    }

    public static void openOtpSetup(OAuthClient oauth) {
        oauth.loginForm().kcAction("CONFIGURE_TOTP").open();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("mag-otp-intro")).isEmpty();
    }

    /** One listed OTP credential: its id, status, the dates shown, whether Renew / set-up-new is offered. */
    public record Listed(String credentialId, String status, String activatedOn, String expiresOn, boolean renewOffered, boolean setupOffered) {
    }

    public List<Listed> credentials() {
        return driver.findElements(By.cssSelector(".mag-otp-credential")).stream().map(ManageOtpScreen::listed).toList();
    }

    public Listed only() {
        List<Listed> all = credentials();
        if (all.size() != 1) {
            throw new AssertionError("expected one OTP credential on the page, found " + all);
        }
        return all.get(0);
    }

    private static Listed listed(WebElement item) {
        return new Listed(item.getDomAttribute("data-credential-id"), item.getDomAttribute("data-status"),
                date(item, ".mag-otp-activated"), date(item, ".mag-otp-expires"),
                !item.findElements(By.cssSelector(".mag-otp-renew-form")).isEmpty(),
                !item.findElements(By.cssSelector(".mag-otp-setup-form")).isEmpty());
    }

    private static String date(WebElement item, String css) {
        return item.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute("data-date")).findFirst().orElse(null);
    }

    public boolean offersPurchaseOrRegister() {
        return !driver.findElements(By.id("mag-otp-register")).isEmpty();
    }

    public void purchaseOrRegister() {
        driver.findElement(By.id("mag-otp-register")).click();
    }

    public void setUpNew() {
        driver.findElement(By.id("mag-otp-setup-0")).click();
    }

    public void renew(String licenseKey) {
        driver.findElement(By.id("mag-otp-license-key-0")).sendKeys(licenseKey);
        driver.findElement(By.id("mag-otp-renew-0")).click();
    }

    /** The success or error message at the top of the page. */
    public String message() {
        return driver.findElements(By.cssSelector(".pf-v5-c-alert__title, .kc-feedback-text, #input-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    /** The license key page that comes before Keycloak's OTP setup when the realm sells OTP credentials. */
    public boolean showsLicenseKeyPage() {
        return !driver.findElements(By.id("mag-otp-setup-license-form")).isEmpty();
    }

    public void enterLicenseKey(String key) {
        driver.findElement(By.id("mag-otp-setup-license-key")).clear();
        driver.findElement(By.id("mag-otp-setup-license-key")).sendKeys(key);
        driver.findElement(By.id("mag-otp-setup-license-submit")).click();
    }

    public String licenseKeyError() {
        return driver.findElements(By.id("input-error-license-key")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The text telling how to obtain a license key (it names the User ID). */
    public String licenseKeyHowTo() {
        return driver.findElement(By.id("mag-otp-setup-license-howto")).getText();
    }

    /** The page that refuses a setup below the OTP level while an active OTP credential exists. */
    boolean showsStepUpRequired() {
        return !driver.findElements(By.id("mag-otp-setup-step-up")).isEmpty();
    }

    /** Clicks the set-up button of the first listed credential that offers one. */
    public void setUpNewFromFirstOffered() {
        driver.findElement(By.cssSelector(".mag-otp-setup-form button")).click();
    }

    public boolean showsOtpSetup() {
        return !driver.findElements(By.id("kc-totp-settings-form")).isEmpty();
    }

    /**
     * Completes Keycloak's OTP setup page the way a person does: "Unable to scan?", read the
     * secret, type a code computed from it and a device name. Returns the raw secret.
     */
    public byte[] completeOtpSetup(String deviceName) {
        driver.findElement(By.id("mode-manual")).click();
        String shown = driver.findElement(By.id("kc-totp-secret-key")).getText();
        byte[] secret = Base32.decode(shown.replace(" ", ""));
        driver.findElement(By.id("totp")).sendKeys(new TimeBasedOTP("HmacSHA1", 6, 30, 1).generateTOTP(secret));
        driver.findElement(By.id("userLabel")).sendKeys(deviceName);
        driver.findElement(By.id("saveTOTPBtn")).click();
        return secret;
    }
}
