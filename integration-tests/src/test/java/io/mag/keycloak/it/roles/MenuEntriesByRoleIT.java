package io.mag.keycloak.it.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

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
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The account console shows each of our menu entries only to those who can use it: Partner Tools
 * (Invite Organizations) to an Adoption or Service Provider Administrator of a partner,
 * Organization Tools (My Organization) to an Organization Administrator or Steward, My Account's
 * Access Requests to an Application Administrator. Their role groups carry the console's client
 * roles mag-partner-tools, mag-organization-tools and mag-access-requests (content.json "roles",
 * evaluated by the theme's menu-roles.js). Chromium only: HtmlUnit does not run the console.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class MenuEntriesByRoleIT {

    private static final String PARTNER_TOOLS = "magPartnerTools";
    private static final String ORGANIZATION_TOOLS = "magOrganizationTools";
    private static final String ACCESS_REQUESTS = "content/access-requests";
    private static final String PARTNER_APPLICATIONS = "content/organization-applications";
    /** Always shown: proves the menu has rendered before the absence of an entry is checked. */
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

    /** A new member of a new supplier organization, named by {@code users}; returns its user id. */
    private String supplierMember(TestUsers users, String name, String tag) {
        Partners partners = new Partners(realm);
        String supplier = partners.createOrganization("Menu Supplier " + tag, supplierAlias(tag), "menu-" + tag + ".example", "supplier");
        String userId = users.create(name, name);
        partners.addMember(supplier, userId);
        return userId;
    }

    private static String supplierAlias(String tag) {
        return "menu-supplier-" + tag;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Asserts for the whole quiet period that the condition holds (an entry must not appear late). */
    private static void holdsFor(Duration period, String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            assertThat(condition.getAsBoolean()).as(what).isTrue();
            Thread.sleep(200);
        }
    }

    @Test
    @DisplayName("a Service Provider Administrator of the partner sees Partner Tools")
    void spAdminSeesPartnerTools() {
        AccountConsolePage console = signIn(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
        assertThat(console.waitForMenuGroup(PARTNER_TOOLS).getText()).contains("Partner Tools");
    }

    @Test
    @DisplayName("a supplier's user sees neither Partner Tools, Organization Tools nor Access Requests")
    void supplierUserSeesNoneOfTheRoleEntries() throws InterruptedException {
        TestUsers users = new TestUsers(realm);
        supplierMember(users, "supplieruser", tag());

        AccountConsolePage console = signIn(users.username("supplieruser"), TestUsers.PASSWORD);
        console.waitForMenuGroup(MY_ACCOUNT);
        holdsFor(QUIET_PERIOD, "no Partner Tools, Organization Tools or Access Requests in the menu",
                () -> !console.menuGroupDisplayed(PARTNER_TOOLS) && !console.menuGroupDisplayed(ORGANIZATION_TOOLS)
                        && console.menuLinkHiddenByRole(ACCESS_REQUESTS));
    }

    @Test
    @DisplayName("an Organization Administrator sees Organization Tools (with Partner Applications), not Partner Tools")
    void organizationAdministratorSeesOrganizationTools() throws InterruptedException {
        TestUsers users = new TestUsers(realm);
        String tag = tag();
        String userId = supplierMember(users, "orgadmin", tag);
        new RoleGroups(realm).grant(userId, supplierAlias(tag), RoleGroups.ORGANIZATION_ADMINISTRATORS);

        AccountConsolePage console = signIn(users.username("orgadmin"), TestUsers.PASSWORD);
        assertThat(console.waitForMenuGroup(ORGANIZATION_TOOLS).getText()).contains("Organization Tools");
        holdsFor(QUIET_PERIOD, "no Partner Tools in the menu", () -> !console.menuGroupDisplayed(PARTNER_TOOLS));
        assertThat(console.menuEntry(PARTNER_APPLICATIONS)).as("Organization Tools > Partner Applications").isEqualTo("Partner Applications");
    }

    @Test
    @DisplayName("an Application Administrator sees Access Requests")
    void applicationAdministratorSeesAccessRequests() {
        TestUsers users = new TestUsers(realm);
        Partners partners = new Partners(realm);
        String userId = users.create("appadmin", "appadmin");
        // The partner's own organization is subscribed to its applications (OWNER), so their groups exist.
        partners.addMember(partners.demoPartnerId(), userId);
        new RoleGroups(realm).join(userId, RoleGroups.applicationPath(Partners.DEMO_PARTNER_ALIAS, "northwind-supplier-portal",
                RoleGroups.APPLICATION_ADMINISTRATORS));

        AccountConsolePage console = signIn(users.username("appadmin"), TestUsers.PASSWORD);
        console.waitForMenuGroup(MY_ACCOUNT);
        assertThat(console.menuLinkHiddenByRole(ACCESS_REQUESTS)).as("Access Requests hidden").isFalse();
        assertThat(console.menuEntry(ACCESS_REQUESTS)).isEqualTo("Access Requests");
    }
}
