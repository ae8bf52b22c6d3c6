package io.mag.keycloak.it.support;

import java.time.Duration;

import java.util.List;
import java.util.Map;

import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.mag.keycloak.onboarding.captcha.ProofOfWork;

/** The registration wizard's pages (login theme, mag-registration-*.ftl). */
public final class RegistrationWizardScreen {

    public static final String PUBLIC_CLIENT = "northwind-sourcing";

    private final WebDriver driver;

    public RegistrationWizardScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    public static String publicStartUrl(ManagedRealm realm, String clientId) {
        return realm.getBaseUrl() + "/mag-registration/start?client_id=" + clientId;
    }

    public void open(ManagedWebDriver browser, ManagedRealm realm) {
        browser.open(publicStartUrl(realm, PUBLIC_CLIENT));
    }

    /** Solves the proof of work in Java (as the page's script would) and continues. */
    public void solveCaptchaAndContinue() {
        WebElement widget = driver.findElement(By.id("mag-captcha"));
        long n = ProofOfWork.solve(widget.getDomAttribute("data-salt"), widget.getDomAttribute("data-challenge"),
                Long.parseLong(widget.getDomAttribute("data-max")));
        setCaptchaNumber(String.valueOf(n));
        next();
    }

    /**
     * Passes the captcha page the way this browser can: a real browser runs the page's own
     * proof-of-work script ("I am not a robot"); HtmlUnit cannot, so the test solves it in Java.
     */
    public void passCaptcha() {
        if (driver.getClass().getSimpleName().contains("HtmlUnit")) {
            solveCaptchaAndContinue();
            return;
        }
        driver.findElement(By.id("mag-captcha-verify")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.id("mag-captcha")).getDomAttribute("data-solved")));
        next();
    }

    public void setCaptchaNumber(String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('captchaNumber').value = arguments[0];", value);
    }

    public void next() {
        driver.findElement(By.id("mag-next")).click();
    }

    public void back() {
        driver.findElement(By.id("mag-back")).click();
    }

    public void submit() {
        driver.findElement(By.id("mag-submit")).click();
    }

    /** The step the progress stepper marks as current (aria-current="step"). */
    public String currentStep() {
        return driver.findElement(By.cssSelector("#mag-registration-steps li[aria-current=step] .pf-v5-c-progress-stepper__step-title"))
                .getText().trim();
    }

    /** The completed steps the stepper links back to, in order. */
    public List<String> stepLinks() {
        return driver.findElements(By.cssSelector("#mag-registration-steps .mag-step-link")).stream()
                .map(link -> link.getText().trim()).toList();
    }

    /** Follows the stepper's link back to a completed step (PROFILE, ORG_ADMIN, APP_ADMINS). */
    public void goToStep(String step) {
        driver.findElement(By.id("mag-step-" + step)).click();
    }

    public void fill(Map<String, String> fields) {
        fields.forEach((name, value) -> {
            WebElement input = driver.findElement(By.id(name));
            input.clear();
            input.sendKeys(value);
        });
    }

    /** Sets a field's value directly (for values too long, or characters too unusual, to type). */
    public void setValue(String field, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", field, value);
    }

    public String value(String field) {
        return driver.findElement(By.id(field)).getDomProperty("value");
    }

    public void check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** The text of the field's error, or null. */
    public String fieldError(String field) {
        List<WebElement> errors = driver.findElements(By.id("input-error-" + field));
        return errors.isEmpty() ? null : errors.get(0).getText().trim();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public boolean onPage(String formId) {
        return !driver.findElements(By.id(formId)).isEmpty();
    }

    /** Waits for the wizard page whose form has this id (a real browser loads the next page asynchronously). */
    public RegistrationWizardScreen awaitPage(String formId) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> onPage(formId));
        return this;
    }

    public String registrationId() {
        return driver.findElement(By.id("mag-registration-submitted")).getDomAttribute("data-registration-id");
    }

    /** Profile fields that pass validation, for organization {@code name}. */
    public static Map<String, String> profile(String name, String contactEmail) {
        return new java.util.LinkedHashMap<>(Map.of(
                "legalName", name,
                "contactEmail", contactEmail,
                "street", "1 Rivet Road",
                "city", "Wichita",
                "region", "Kansas",
                "postalCode", "67201",
                "country", "United States",
                "phone", "+1 316 555 0100",
                "cageCode", "1AB23",
                "dunsNumber", "123456789"));
    }

    public static Map<String, String> person(String first, String last, String email, String username, String password) {
        return new java.util.LinkedHashMap<>(Map.of(
                "firstName", first, "lastName", last, "email", email, "username", username,
                "password", password, "passwordConfirm", password));
    }
}
