package io.mag.keycloak.it.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The account console's Partner Tools (Invite Organizations) shows only to those who may invite:
 * an Adoption or Service Provider Administrator of a partner, whose role group carries the
 * console's client role mag-partner-tools (content.json "roles", evaluated by the theme's
 * menu-roles.js). Chromium only: HtmlUnit does not run the console.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class PartnerToolsMenuIT {

    private static final String PARTNER_TOOLS = "magPartnerTools";
    /** Always shown: proves the menu has rendered before the absence of Partner Tools is checked. */
    private static final String MY_ACCOUNT = "magMyAccount";
    private static final Duration QUIET_PERIOD = Duration.ofSeconds(3);

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    private AccountConsolePage signIn(String username, String password) {
        SignInPage.signOut(browser, realm);
        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(username, password);
        return new AccountConsolePage(browser).waitUntilShown();
    }

    @Test
    @DisplayName("a Service Provider Administrator of the partner sees Partner Tools")
    void spAdminSeesPartnerTools() {
        AccountConsolePage console = signIn(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
        assertThat(console.waitForMenuGroup(PARTNER_TOOLS).getText()).contains("Partner Tools");
    }

    @Test
    @DisplayName("a supplier's user does not see Partner Tools")
    void supplierUserDoesNotSeePartnerTools() throws InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Partners partners = new Partners(realm);
        TestUsers users = new TestUsers(realm);
        String supplier = partners.createOrganization("Menu Supplier " + tag, "menu-supplier-" + tag, "menu-" + tag + ".example", "supplier");
        partners.addMember(supplier, users.create("supplieruser", "supplieruser"));

        AccountConsolePage console = signIn(users.username("supplieruser"), TestUsers.PASSWORD);
        console.waitForMenuGroup(MY_ACCOUNT);
        long end = System.nanoTime() + QUIET_PERIOD.toNanos();
        while (System.nanoTime() < end) {
            assertThat(console.menuGroupDisplayed(PARTNER_TOOLS)).as("Partner Tools in the menu").isFalse();
            Thread.sleep(200);
        }
    }
}
