package io.mag.keycloak.it.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.AccountInformationScreen;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.MyOrganizationScreen;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;
import io.mag.keycloak.it.support.TestUsers;

/**
 * In headless Chromium, through the account console: an Organization Administrator creates a user
 * on My Organization; the user follows the emailed First Time Login link, signs in with the User ID
 * and One Time Password, chooses a password, completes First Time Login, and opens Account
 * Information, which shows their organization, their roles and their administrator.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OrganizationAdministrationJourneyIT {

    private static final Pattern LINK = Pattern.compile("id=\"mag-first-time-login\" href=\"([^\"]+)\"");
    private static final String NEW_PASSWORD = "My-Own-New-Passw0rd!";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mail;

    @Test
    void administratorCreatesUserWhoCompletesFirstTimeLoginAndSeesAccountInformation() throws Exception {
        SupplierOrganizations suppliers = new SupplierOrganizations(realm);
        String acme = suppliers.organization("Juniper Jets");
        suppliers.administrator(acme, "jan");
        SignInPage.signOut(browser, realm);

        // The administrator: My Organization from the account console, create a user.
        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(suppliers.users().username("jan"), TestUsers.PASSWORD);
        AccountConsolePage console = new AccountConsolePage(browser).waitUntilShown();
        console.openFromMenu("magOrganizationTools", "content/my-organization");
        assertThat(console.waitForActionPage()).isEqualTo(MyOrganizationScreen.ACTION);
        console.startAction();
        MyOrganizationScreen page = new MyOrganizationScreen(browser);
        browser.waiting().until(driver -> page.isShown());
        String email = suppliers.users().email("kim");
        page.create(null, "Kim", "Lund", email, OrganizationUsersIT.ONE_TIME_PASSWORD);
        assertThat(page.message()).contains("was created");
        String username = page.usernames().stream().filter(u -> u.startsWith("klund")).findFirst().orElseThrow();
        page.done();
        new AccountConsolePage(browser).waitUntilShown();

        // The user: the emailed link confirms the address, then First Time Login.
        String html = Emails.html(new Mailbox(mail).await(email, "[Managed Access Gateway] Your account at " + suppliers.name(acme)
                + ": complete your First Time Login"));
        assertThat(html).contains(username);
        Matcher link = LINK.matcher(html);
        assertThat(link.find()).isTrue();
        SignInPage.signOut(browser, realm);
        browser.open(link.group(1).replace("&amp;", "&"));
        browser.driver().findElement(By.cssSelector("a[href*='action-token']")).click();
        new SignInPage(browser).signIn(username, OrganizationUsersIT.ONE_TIME_PASSWORD);
        browser.waiting().until(driver -> !driver.findElements(By.id("password-new")).isEmpty());
        browser.driver().findElement(By.id("password-new")).sendKeys(NEW_PASSWORD);
        browser.driver().findElement(By.id("password-confirm")).sendKeys(NEW_PASSWORD);
        browser.driver().findElement(By.id("kc-submit")).click();
        browser.waiting().until(driver -> !driver.findElements(By.id("mag-first-login")).isEmpty());
        browser.driver().findElement(By.id("mag-first-login-not-now")).click();

        // Account Information from My Account.
        AccountConsolePage userConsole = new AccountConsolePage(browser).waitUntilShown();
        userConsole.openFromMenu("magMyAccount", "content/account-information");
        assertThat(userConsole.waitForActionPage()).isEqualTo(AccountInformationScreen.ACTION);
        userConsole.startAction();
        AccountInformationScreen info = new AccountInformationScreen(browser);
        browser.waiting().until(driver -> info.isShown());
        assertThat(info.userId()).isEqualTo(username);
        assertThat(info.organizationIds()).containsExactly(acme);
        assertThat(info.organizationHeading(acme)).contains(suppliers.name(acme));
        assertThat(info.roles(acme)).containsExactly("user");
        assertThat(info.administrators(acme)).containsExactly(suppliers.users().username("jan"));
        assertThat(info.sessionCredential()).isEqualTo("password");
        assertThat(realm.admin().users().search(username, true).get(0).isEmailVerified()).isTrue();
    }
}
