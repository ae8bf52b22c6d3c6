package io.mag.keycloak.it.onboarding;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * First-time login as a new administrator sees it: Keycloak's new-password page
 * (UPDATE_PASSWORD), then the First Time Login page (mag-first-time-login.ftl), and Keycloak's
 * OTP setup page.
 */
final class FirstTimeLoginScreen {

    private final WebDriver driver;

    FirstTimeLoginScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    boolean asksForNewPassword() {
        return !driver.findElements(By.id("kc-passwd-update-form")).isEmpty();
    }

    void setNewPassword(String password) {
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        driver.findElement(By.id("kc-submit")).click();
    }

    boolean isShown() {
        return !driver.findElements(By.id("mag-first-login")).isEmpty();
    }

    boolean otpRequired() {
        return "true".equals(driver.findElement(By.id("mag-first-login")).getDomAttribute("data-otp-required"));
    }

    /** The applications named as requiring OTP, as the page shows their text. */
    List<String> otpApplications() {
        return driver.findElements(By.cssSelector(".mag-first-login-otp-application")).stream()
                .map(e -> e.getDomProperty("textContent").trim()).toList();
    }

    boolean offersNotNow() {
        return !driver.findElements(By.id("mag-first-login-not-now")).isEmpty();
    }

    void setUpNow() {
        driver.findElement(By.id("mag-first-login-setup")).click();
    }

    void notNow() {
        driver.findElement(By.id("mag-first-login-not-now")).click();
    }

    /** The error or info message at the top of the page, or "". */
    String message() {
        return driver.findElements(By.cssSelector(".pf-v5-c-alert__title, .kc-feedback-text")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    String pageSource() {
        return driver.getPageSource();
    }

    boolean otpSetupOffersCancel() {
        return !driver.findElements(By.id("cancelTOTPBtn")).isEmpty();
    }

    /**
     * Posts the page's form with other fields than its buttons offer (what a crafted request
     * could send), with this browser's cookies; returns the response body.
     */
    String forgePost(Map<String, String> fields) throws IOException, InterruptedException {
        WebElement form = driver.findElement(By.id("mag-first-login-form"));
        String action = form.getDomAttribute("action");
        String nonce = form.findElement(By.name("formNonce")).getDomAttribute("value");
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        StringBuilder body = new StringBuilder("formNonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8));
        fields.forEach((name, value) -> body.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(action.replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
