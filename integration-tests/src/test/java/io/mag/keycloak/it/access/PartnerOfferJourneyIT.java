package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;
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

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.InviteOrganizationsScreen;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.OrganizationApplicationsScreen;
import io.mag.keycloak.it.support.PartnerApplication;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * Access to additional partners in headless Chromium: the demo Service Provider Administrator
 * finds a registered organization with the invite page's search and invites it to the partner's
 * application; its Organization Administrator follows the email's link into the account console,
 * accepts and chooses an Application Administrator; a user of the organization is refused at the
 * application, requests access, the Application Administrator approves, and the user reaches the
 * application with its access role. Chromium only: HtmlUnit does not run the account console.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class PartnerOfferJourneyIT {

    private static final Pattern OFFER_LINK = Pattern.compile("id=\"mag-offer-link\" href=\"([^\"]+)\"");

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectOAuthClient(config = PartnerApplication.class)
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mail;

    @Test
    void partnerOffersOrganizationAcceptsUserReachesTheApplication() throws Exception {
        PartnerApplication.ensureAccessRole(oauth.clientResource());
        SupplierOrganizations suppliers = new SupplierOrganizations(realm);
        TestUsers users = suppliers.users();
        Mailbox mails = new Mailbox(mail);
        ApplicationAccessApi api = new ApplicationAccessApi(realm);
        String organizationId = suppliers.organization("Journey Alloys");
        String organizationName = suppliers.name(organizationId);
        suppliers.administrator(organizationId, "olga");
        suppliers.member(organizationId, "mike");
        suppliers.member(organizationId, "uma");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));

        // The partner: Partner Tools > Invite Organizations, search, invite the found organization to the application.
        SignInPage.signOut(browser, realm);
        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
        AccountConsolePage console = new AccountConsolePage(browser).waitUntilShown();
        console.openFromMenu("magPartnerTools", "content/invite-organizations");
        console.waitForActionPage();
        console.startAction();
        InviteOrganizationsScreen invite = new InviteOrganizationsScreen(browser);
        browser.waiting().until(driver -> invite.isShown());
        invite.search(organizationName);
        invite.offer(organizationName, oauth.getClientId());
        browser.waiting().until(driver -> invite.message().contains("has been invited to " + PartnerApplication.NAME));

        // The organization: the email's link opens Partner Applications in the account console.
        String html = Emails.html(mails.await(users.email("olga"), "invites your organization to " + PartnerApplication.NAME));
        Matcher link = OFFER_LINK.matcher(html);
        assertThat(link.find()).as("offer link in %s", html).isTrue();
        SignInPage.signOut(browser, realm);
        browser.open(link.group(1).replace("&amp;", "&"));
        new SignInPage(browser).signIn(users.username("olga"), TestUsers.PASSWORD);
        AccountConsolePage olgasConsole = new AccountConsolePage(browser);
        assertThat(olgasConsole.waitForActionPage()).isEqualTo(OrganizationApplicationsScreen.ACTION);
        assertThat(olgasConsole.actionButtonText()).isEqualTo("Open partner applications");
        olgasConsole.startAction();
        OrganizationApplicationsScreen page = new OrganizationApplicationsScreen(browser);
        browser.waiting().until(driver -> page.isShown());
        assertThat(page.offers()).hasSize(1);
        page.accept(page.offers().get(0), users.username("mike"));
        browser.waiting().until(driver -> page.message().startsWith("Invitation accepted"));
        mails.await(realm.admin().users().search(DemoUsers.SP_ADMIN, true).get(0).getEmail(),
                organizationName + " accepted your invitation to " + PartnerApplication.NAME);

        // A user of the organization: refused, requests access; the chosen Application Administrator approves.
        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("uma"), TestUsers.PASSWORD);
        browser.waiting().until(driver -> !driver.findElements(By.id("mag-access-request")).isEmpty());
        browser.driver().findElement(By.id("mag-access-request")).click();
        browser.waiting().until(driver -> driver.getPageSource().contains("Your request has been sent."));
        String mikesToken = api.token(users.username("mike"), TestUsers.PASSWORD);
        String requestId = RestApiClient.expect(200, api.applications().get("queue", mikesToken)).get(0).path("id").asText();
        RestApiClient.expect(200, api.applications().post("queue/" + requestId + "/approve", java.util.Map.of(), mikesToken));

        // The user reaches the application, which receives the access role.
        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("uma"), TestUsers.PASSWORD);
        String code = oauth.parseLoginResponse().getCode();
        assertThat(code).as("back at the application: %s", browser.driver().getCurrentUrl()).isNotNull();
        AccessToken token = Tokens.accessToken(oauth.doAccessTokenRequest(code));
        assertThat(token.getResourceAccess(oauth.getClientId()).getRoles()).contains(PartnerApplication.ACCESS_ROLE);
    }
}
