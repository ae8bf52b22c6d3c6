package io.mag.keycloak.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Keycloak's brute-force detection counts every wrong password against the account it belongs
 * to, whatever the user typed to name it (User ID or email address), on both browser sign-in flows
 * and on the direct grant; at the realm's failure limit the account is locked and even its right
 * password is refused.
 *
 * <p>The realm's quick-login check (two failures less than a second apart lock the account for a
 * minute) is switched off here: the tests type at machine speed and must reach the realm's failure
 * limit itself.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class SignInLockoutIT {

    private static final String WRONG = "Not-The-Password-1";

    @InjectRealm(fromJson = MagRealm.JSON)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    TestUsers users;
    int failureLimit;

    @BeforeEach
    void quickLoginCheckOff() {
        RealmRepresentation rep = realm.admin().toRepresentation();
        assertThat(rep.isBruteForceProtected()).as("the realm file turns brute-force detection on").isTrue();
        if (rep.getQuickLoginCheckMilliSeconds() != 0L) {
            rep.setQuickLoginCheckMilliSeconds(0L);
            realm.admin().update(rep);
        }
        failureLimit = rep.getFailureFactor();
        users = new TestUsers(realm);
        SignInPage.signOut(browser, realm);
    }

    /** One sign-in attempt; true when it ended with an authorization code or tokens. */
    private interface Attempt {
        boolean signIn(String name, String password);
    }

    private boolean onePage(String name, String password) {
        oauth.openLoginForm();
        assertThat(browser.driver().findElements(By.id("password"))).as("the one-page form").hasSize(1);
        new SignInPage(browser).signIn(name, password);
        return signedIn();
    }

    private boolean twoPages(String name, String password) {
        oauth.openLoginForm();
        assertThat(browser.driver().findElements(By.id("password"))).as("the User ID page comes first").isEmpty();
        browser.driver().findElement(By.id("username")).sendKeys(name);
        browser.driver().findElement(By.cssSelector("[type=submit]")).click();
        if (!browser.driver().findElements(By.id("password")).isEmpty()) {
            // A locked account is refused on the User ID page already, like an unknown one.
            browser.driver().findElement(By.id("password")).sendKeys(password);
            browser.driver().findElement(By.cssSelector("[type=submit]")).click();
        }
        return signedIn();
    }

    private boolean directGrant(String name, String password) {
        AccessTokenResponse response = oauth.doPasswordGrantRequest(name, password);
        if (!response.isSuccess()) {
            assertThat(response.getError()).isEqualTo("invalid_grant");
        }
        return response.isSuccess();
    }

    private boolean signedIn() {
        if (browser.driver().getCurrentUrl().contains("/login-actions/")) {
            // Refused, still on a sign-in page, with Keycloak's wording, which says nothing of a lockout.
            assertThat(new SignInPage(browser).fieldError()).startsWith("Invalid").doesNotContain("disabled", "locked");
            return false;
        }
        assertThat(oauth.parseLoginResponse().getCode()).as("an authorization code").isNotNull();
        SignInPage.signOut(browser, realm);
        return true;
    }

    private Map<String, Object> status(String userId) {
        return realm.admin().attackDetection().bruteForceUserStatus(userId);
    }

    /**
     * The status once it shows the expected count, or after 10 s. Keycloak records a failure on an
     * executor of its own after the response has gone out, so the count can lag the page; and an
     * attempt made while the previous failure is still being recorded is refused as "temporarily
     * disabled" without being counted (Keycloak's blocking brute-force protector; seen on a loaded
     * CI machine as 8 of 9 counted). The tests therefore wait for each failure to be counted before
     * typing the next one: they check where failures are counted, not how Keycloak treats bursts.
     */
    private Map<String, Object> statusOnceCounted(String userId, int failures) {
        long deadline = System.currentTimeMillis() + 10_000;
        Map<String, Object> status = status(userId);
        while (!Integer.valueOf(failures).equals(status.get("numFailures")) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = status(userId);
        }
        return status;
    }

    /** Wrong passwords up to the limit, each counted on the account; then the right one is refused. */
    private void lockedAtTheFailureLimit(String userId, String name, Attempt attempt) {
        for (int failure = 1; failure < failureLimit; failure++) {
            assertThat(attempt.signIn(name, WRONG)).isFalse();
            assertThat(statusOnceCounted(userId, failure)).as("failure %d counted on the account", failure)
                    .containsEntry("numFailures", failure);
        }
        assertThat(status(userId)).as("not locked below the limit").containsEntry("disabled", false);

        assertThat(attempt.signIn(name, WRONG)).isFalse();

        assertThat(statusOnceCounted(userId, failureLimit)).as("locked at the realm's failure limit").containsEntry("numFailures", failureLimit)
                .containsEntry("disabled", true);
        assertThat(attempt.signIn(name, TestUsers.PASSWORD)).as("the right password while locked").isFalse();
    }

    @Test
    @DisplayName("one page: wrong passwords typed with the email address lock the account")
    void onePageEmailLocks() {
        SignInPage.bindBrowserFlow(realm, SignInPage.ONE_PAGE_FLOW);
        String id = users.create("user", "ana");

        lockedAtTheFailureLimit(id, users.email("ana"), this::onePage);
    }

    @Test
    @DisplayName("one page: wrong passwords typed with the User ID lock the account")
    void onePageUserIdLocks() {
        SignInPage.bindBrowserFlow(realm, SignInPage.ONE_PAGE_FLOW);
        String id = users.create("user", "ben");

        lockedAtTheFailureLimit(id, users.username("user"), this::onePage);
    }

    @Test
    @DisplayName("one page: failures typed with the email and with the User ID add up on the one account")
    void onePageMixedNamesAddUp() {
        SignInPage.bindBrowserFlow(realm, SignInPage.ONE_PAGE_FLOW);
        String id = users.create("mixed", "cleo");

        assertThat(onePage(users.email("cleo"), WRONG)).isFalse();
        assertThat(statusOnceCounted(id, 1)).containsEntry("numFailures", 1);
        assertThat(onePage(users.username("mixed"), WRONG)).isFalse();
        assertThat(statusOnceCounted(id, 2)).containsEntry("numFailures", 2);
        assertThat(onePage(users.email("cleo"), WRONG)).isFalse();
        assertThat(statusOnceCounted(id, 3)).containsEntry("numFailures", 3);
        assertThat(onePage(users.email("cleo"), TestUsers.PASSWORD)).as("a success resets the count").isTrue();
        assertThat(statusOnceCounted(id, 0)).containsEntry("numFailures", 0);
    }

    @Test
    @DisplayName("two pages: wrong passwords after the email address lock the account")
    void twoPagesEmailLocks() {
        SignInPage.bindBrowserFlow(realm, SignInPage.TWO_PAGE_FLOW);
        String id = users.create("user", "dana");

        lockedAtTheFailureLimit(id, users.email("dana"), this::twoPages);
    }

    @Test
    @DisplayName("two pages: wrong passwords after the User ID lock the account")
    void twoPagesUserIdLocks() {
        SignInPage.bindBrowserFlow(realm, SignInPage.TWO_PAGE_FLOW);
        String id = users.create("user", "eve");

        lockedAtTheFailureLimit(id, users.username("user"), this::twoPages);
    }

    @Test
    @DisplayName("direct grant: wrong passwords with the email address lock the account")
    void directGrantEmailLocks() {
        String id = users.create("user", "finn");

        lockedAtTheFailureLimit(id, users.email("finn"), this::directGrant);
    }

    @Test
    @DisplayName("direct grant: wrong passwords with the User ID lock the account")
    void directGrantUserIdLocks() {
        String id = users.create("user", "gwen");

        lockedAtTheFailureLimit(id, users.username("user"), this::directGrant);
    }
}
