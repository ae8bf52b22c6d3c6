package io.mag.keycloak.it.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The Connect Accounts page (required action mag-connect-accounts) as a user sees it. */
public final class ConnectAccountsScreen {

    public static final String ACTION = "mag-connect-accounts";

    private final WebDriver driver;

    public ConnectAccountsScreen(ManagedWebDriver browser) {
        this.driver = browser.driver();
    }

    /** Starts the page as an application-initiated action (the user signs in first if needed). */
    public static void open(OAuthClient oauth) {
        oauth.loginForm().kcAction(ACTION).open();
    }

    public boolean isShown() {
        return !driver.findElements(By.id("mag-connect-intro")).isEmpty();
    }

    /** Whether the page offers the connect form (only when some account is eligible). */
    public boolean offersConnectForm() {
        return !driver.findElements(By.id("mag-connect-form")).isEmpty();
    }

    /** The page's text saying that no account is eligible, or "" when it does not say so. */
    public String noEligibleText() {
        return driver.findElements(By.id("mag-no-eligible")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /**
     * Posts a connect with an older page's nonce (a reload or the back button after it
     * succeeded), through a form built in the page, since the new page may offer none.
     */
    public void repostConnect(String nonce, String username, String password) {
        ((JavascriptExecutor) driver).executeScript("""
                const form = document.createElement('form');
                form.method = 'POST';
                form.action = document.getElementById('mag-done-form').action;
                for (const [name, value] of [['formNonce', arguments[0]], ['operation', 'connect'],
                        ['childUsername', arguments[1]], ['childPassword', arguments[2]]]) {
                    const input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", nonce, username, password);
    }

    public List<String> eligible() {
        return usernames(".mag-eligible-account");
    }

    public List<String> connected() {
        return usernames(".mag-connected-child");
    }

    /** Username of every listed account that cannot be connected, with the message key of its reason. */
    public Map<String, String> ineligible() {
        Map<String, String> refusals = new LinkedHashMap<>();
        for (WebElement item : driver.findElements(By.cssSelector(".mag-ineligible-account"))) {
            refusals.put(item.getDomAttribute("data-username"), item.getDomAttribute("data-refusal"));
        }
        return refusals;
    }

    /** Picks a listed account and connects it with that account's password. */
    public void connect(String username, String password) {
        driver.findElement(By.cssSelector("input[name=childUsername][value='" + username + "']")).click();
        submitConnect(password);
    }

    /** Names an account by typing its username, and connects it with that account's password. */
    public void connectNamed(String username, String password) {
        driver.findElement(By.id("otherUsername")).sendKeys(username);
        submitConnect(password);
    }

    private void submitConnect(String password) {
        driver.findElement(By.id("childPassword")).sendKeys(password);
        driver.findElement(By.id("mag-connect")).click();
    }

    public String formNonce() {
        return driver.findElement(By.cssSelector("#mag-connect-form input[name=formNonce]")).getDomProperty("value");
    }

    /** Turns the connect form into a copy of an older page's form: what a replayed post sends. */
    public void replaceFormNonce(String nonce) {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('#mag-connect-form input[name=formNonce]').value = arguments[0];", nonce);
    }

    /** Clicks Disconnect next to the child; the confirmation page follows. */
    public void askToDisconnect(String username) {
        driver.findElement(By.cssSelector(".mag-connected-child[data-username='" + username + "'] button")).click();
    }

    public String confirmationQuestion() {
        return driver.findElement(By.id("mag-disconnect-question")).getText();
    }

    public void confirmDisconnect() {
        driver.findElement(By.id("mag-confirm-disconnect")).click();
    }

    public void done() {
        driver.findElement(By.id("mag-done")).click();
    }

    /** The message at the top of the page (success or error), or "" when there is none. */
    public String message() {
        return driver.findElements(By.cssSelector(".pf-v5-c-alert__title")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    private List<String> usernames(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(element -> element.getDomAttribute("data-username"))
                .toList();
    }
}
