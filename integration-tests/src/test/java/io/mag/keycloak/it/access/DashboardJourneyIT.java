package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DashboardScreen;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.PartnerApplication;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.Screenshots;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * The dashboard in headless Chromium: a supplier's user opens My Account > Dashboard in the
 * account console and sees the application they have access to with Launch, the OTP application
 * their organization is subscribed to as one to request (marked as requiring OTP), and the My 2FA
 * Credentials links; the layout is checked (wide card, Launch on its application's row, sections
 * in order) and kept as screenshots. They request the OTP application (pending from then on) and
 * launch the other, whose sign-in completes through the session and whose token carries the
 * access role. Chromium only: HtmlUnit does not run the account console.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class DashboardJourneyIT {

    /** The demo partner application that requires OTP (Minimum ACR value 2, in the realm file). */
    private static final String OTP_APPLICATION = "northwind-supplier-portal";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectOAuthClient(config = PartnerApplication.class)
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver browser;

    /** The access request email has somewhere to go. */
    @InjectMailServer
    MailServer mail;

    @Test
    void aUserLaunchesAndRequestsFromTheDashboard() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ApplicationAccessApi api = new ApplicationAccessApi(realm);
        Partners partners = new Partners(realm);
        TestUsers users = new TestUsers(realm);
        PartnerApplication.ensureAccessRole(oauth.clientResource());
        // Launch opens the application's base URL: here the test application's own callback page.
        String launchUrl = oauth.getRedirectUri();
        ClientRepresentation client = oauth.clientResource().toRepresentation();
        client.setBaseUrl(launchUrl);
        oauth.clientResource().update(client);
        String alias = "supplier-journey-" + tag;
        String organizationId = partners.createOrganization("Journey Supplies " + tag, alias, alias + ".example", "supplier");
        api.subscribe(alias, oauth.getClientId());
        api.subscribe(alias, OTP_APPLICATION);
        String userId = users.create("jana", "jana");
        partners.addMember(organizationId, userId);
        new RoleGroups(realm).join(userId, RoleGroups.applicationPath(alias, oauth.getClientId(), RoleGroups.APPLICATION_USERS));

        SignInPage.signOut(browser, realm);
        // A laptop's window: wide enough for the wide layout (PatternFly's xl breakpoint is 1200 px).
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(users.username("jana"), TestUsers.PASSWORD);
        AccountConsolePage console = new AccountConsolePage(browser).waitUntilShown();
        assertThat(console.menuEntry(DashboardScreen.PAGE_PATH)).isEqualTo("Dashboard");
        console.openFromMenu(DashboardScreen.MENU_GROUP, DashboardScreen.PAGE_PATH);
        assertThat(console.waitForActionPage()).isEqualTo(DashboardScreen.ACTION);
        console.startAction();

        DashboardScreen dashboard = new DashboardScreen(browser);
        browser.waiting().until(driver -> dashboard.isShown());
        assertThat(dashboard.launch(oauth.getClientId()).getDomAttribute("href")).isEqualTo(launchUrl);
        assertThat(dashboard.launch(oauth.getClientId()).getText()).isEqualTo("Launch");
        assertThat(dashboard.application(oauth.getClientId()).getText()).contains(PartnerApplication.NAME).doesNotContain("Requires OTP");
        assertThat(dashboard.listsApplication(OTP_APPLICATION)).as("no Launch without access").isFalse();
        assertThat(dashboard.requestable(OTP_APPLICATION).getText()).contains("Northwind Supplier Portal", "Requires OTP");
        assertThat(dashboard.twoFactorLink("elevate").getDomAttribute("href")).endsWith("/account/content/elevate");
        assertThat(dashboard.twoFactorLink("credential-strength").getDomAttribute("href")).endsWith("/account/content/credential-strength");
        assertThat(dashboard.twoFactorLink("manage-otp").getDomAttribute("href")).endsWith("/account/content/manage-otp");
        assertLaidOut(dashboard, oauth.getClientId());
        Screenshots screenshots = new Screenshots(browser, "dashboard");
        screenshots.keep("01-dashboard");

        dashboard.request(OTP_APPLICATION, "for the quality audit");

        browser.waiting().until(driver -> dashboard.pageText().contains("Your request has been sent."));
        assertThat(dashboard.listsPending(OTP_APPLICATION)).isTrue();
        assertThat(dashboard.requestable(OTP_APPLICATION).findElements(By.cssSelector("button[value=request]")))
                .as("no second Request").isEmpty();
        screenshots.keep("02-requested");

        dashboard.launch(oauth.getClientId()).click();
        browser.waiting().until(driver -> driver.getCurrentUrl().startsWith(launchUrl));
        oauth.openLoginForm();
        String code = oauth.parseLoginResponse().getCode();
        assertThat(code).as("signed in through the session at %s", browser.driver().getCurrentUrl()).isNotNull();
        AccessToken token = Tokens.accessToken(oauth.doAccessTokenRequest(code));
        assertThat(token.getResourceAccess(oauth.getClientId()).getRoles()).contains(PartnerApplication.ACCESS_ROLE);
    }

    /**
     * The page uses the wide card; each application's Launch sits on its own row, right of the
     * name; the sections come in order: my applications, to request, My 2FA Credentials.
     */
    private void assertLaidOut(DashboardScreen dashboard, String clientId) {
        WebElement card = browser.driver().findElement(By.cssSelector(".pf-v5-c-login__main"));
        assertThat(card.getRect().getWidth()).as("card wider than the 34rem (544 px) sign-in card").isGreaterThan(800);
        Rectangle name = dashboard.application(clientId).findElement(By.className("mag-dashboard-name")).getRect();
        Rectangle launch = dashboard.launch(clientId).getRect();
        assertThat(launch.getX()).as("Launch right of the name").isGreaterThan(name.getX() + name.getWidth());
        assertThat(launch.getY()).as("Launch on the name's row").isLessThan(name.getY() + name.getHeight());
        assertThat(launch.getY() + launch.getHeight()).isGreaterThan(name.getY());
        int applications = dashboard.section("mag-dashboard-applications").getRect().getY();
        int requestable = dashboard.section("mag-dashboard-requestable").getRect().getY();
        int twoFactor = dashboard.section("mag-dashboard-two-factor").getRect().getY();
        assertThat(applications).isLessThan(requestable);
        assertThat(requestable).isLessThan(twoFactor);
    }
}
