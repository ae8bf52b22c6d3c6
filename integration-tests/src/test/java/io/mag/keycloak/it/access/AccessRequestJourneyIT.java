package io.mag.keycloak.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

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
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.PkceGenerator;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.ApplicationAccessApi;
import io.mag.keycloak.it.support.ApplicationHome;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DashboardScreen;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.PartnerApplication;
import io.mag.keycloak.it.support.Partners;
import io.mag.keycloak.it.support.RoleGroups;
import io.mag.keycloak.it.support.Screenshots;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * Access to a partner application from refusal to Launch, in headless Chromium: a user of a
 * subscribed organization signs in at the application and is refused ("You do not have access …
 * yet"), requests access with a note; the organization's Application Administrator of the
 * application gets the email, follows its link into the account console's Access Requests page and
 * approves; the user gets the approval email, follows its link to the dashboard and presses Launch.
 * Launch opens the application's home page, which starts the application's own sign-in (an
 * authorization request with PKCE): the application exchanges the code with its verifier and the token carries the user as
 * {@code sub} and the application's access role. Chromium only: the account console does not run
 * in HtmlUnit.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class AccessRequestJourneyIT {

    private static final String REQUESTED_SUBJECT = "Access request for " + PartnerApplication.NAME;
    private static final String GRANTED_SUBJECT = "Your access to " + PartnerApplication.NAME + " was approved";
    private static final String QUEUE_ACTION = "mag-access-requests";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectOAuthClient(config = PartnerApplication.class)
    OAuthClient oauth;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectMailServer
    MailServer mailServer;

    @Test
    void refusedRequestedApprovedFromTheEmailAndLaunched() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestUsers users = new TestUsers(realm);
        Partners partners = new Partners(realm);
        RoleGroups groups = new RoleGroups(realm);
        Mailbox mails = new Mailbox(mailServer);
        Screenshots screenshots = new Screenshots(browser, "access-request");
        PartnerApplication.ensureAccessRole(oauth.clientResource());
        // The application's home page (its base URL, Launch's address) starts its own sign-in,
        // with a PKCE challenge only the application can answer.
        PkceGenerator pkce = PkceGenerator.s256();
        ApplicationHome home = new ApplicationHome(oauth.loginForm().codeChallenge(pkce).build());
        realm.cleanup().add(r -> home.close());
        String launchUrl = home.url();
        ClientRepresentation client = oauth.clientResource().toRepresentation();
        client.setBaseUrl(launchUrl);
        oauth.clientResource().update(client);
        realm.cleanup().add(r -> {
            ClientRepresentation restored = oauth.clientResource().toRepresentation();
            restored.setBaseUrl("");
            oauth.clientResource().update(restored);
        });
        String alias = "supplier-request-" + tag;
        String organizationId = partners.createOrganization("Request Supplies " + tag, alias, alias + ".example", "supplier");
        new ApplicationAccessApi(realm).subscribe(alias, oauth.getClientId());
        String userId = users.create("jona", "jona");
        partners.addMember(organizationId, userId);
        String administratorId = users.create("aida", "aida");
        partners.addMember(organizationId, administratorId);
        groups.join(administratorId, RoleGroups.applicationPath(alias, oauth.getClientId(), RoleGroups.APPLICATION_ADMINISTRATORS));

        // 1. Refused at the application; Request access with a note.
        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("jona"), TestUsers.PASSWORD);
        assertThat(text()).contains("You do not have access to " + PartnerApplication.NAME + " yet.");
        assertThat(browser.driver().getCurrentUrl()).as("no code for the application").doesNotContain("code=");
        screenshots.keep("01-refused");
        browser.driver().findElement(By.id("mag-access-note")).sendKeys("for the supplier quality audit");
        browser.driver().findElement(By.id("mag-access-request")).click();
        browser.waiting().until(driver -> text().contains("Your request has been sent."));
        screenshots.keep("02-requested");

        // 2. The Application Administrator follows the email's link and approves in the account console.
        MimeMessage requested = mails.await(users.email("aida"), REQUESTED_SUBJECT);
        assertThat(Emails.text(requested)).contains(users.username("jona"), "for the supplier quality audit");
        String queueLink = Emails.link(Emails.html(requested), "mag-access-requests-link");
        assertThat(queueLink).isEqualTo(AccountConsolePage.url(realm) + "content/access-requests");
        SignInPage.signOut(browser, realm);
        browser.open(queueLink);
        new SignInPage(browser).signIn(users.username("aida"), TestUsers.PASSWORD);
        AccountConsolePage console = new AccountConsolePage(browser).waitUntilShown();
        assertThat(console.waitForActionPage()).isEqualTo(QUEUE_ACTION);
        console.startAction();
        browser.waiting().until(driver -> !driver.findElements(By.id("mag-access-queue")).isEmpty());
        assertThat(text()).contains(users.username("jona"), "for the supplier quality audit", PartnerApplication.NAME);
        screenshots.keep("03-queue");
        browser.driver().findElement(By.id("mag-approve-0")).click();
        browser.waiting().until(driver -> text().contains("Access approved."));

        // 3. The user follows the approval email's link to the dashboard and launches the application.
        MimeMessage granted = mails.await(users.email("jona"), GRANTED_SUBJECT);
        String dashboardLink = Emails.link(Emails.html(granted), "mag-access-dashboard-link");
        assertThat(dashboardLink).isEqualTo(AccountConsolePage.url(realm) + DashboardScreen.PAGE_PATH);
        SignInPage.signOut(browser, realm);
        browser.open(dashboardLink);
        new SignInPage(browser).signIn(users.username("jona"), TestUsers.PASSWORD);
        console = new AccountConsolePage(browser).waitUntilShown();
        assertThat(console.waitForActionPage()).isEqualTo(DashboardScreen.ACTION);
        console.startAction();
        DashboardScreen dashboard = new DashboardScreen(browser);
        browser.waiting().until(driver -> dashboard.isShown());
        assertThat(dashboard.launch(oauth.getClientId()).getDomAttribute("href")).isEqualTo(launchUrl);
        assertThat(dashboard.listsPending(oauth.getClientId())).as("no longer pending").isFalse();
        screenshots.keep("04-dashboard");
        dashboard.launch(oauth.getClientId()).click();

        // 4. The application: the code from its own authorization request, redeemed with its verifier.
        browser.waiting().until(driver -> driver.getCurrentUrl().startsWith(oauth.getRedirectUri()));
        assertThat(home.visits()).as("Launch opened the application's home page").isEqualTo(1);
        String code = oauth.parseLoginResponse().getCode();
        assertThat(code).as("signed in through the session at %s", browser.driver().getCurrentUrl()).isNotNull();
        AccessTokenResponse tokens = oauth.accessTokenRequest(code).codeVerifier(pkce).send();
        assertThat(tokens.isSuccess()).as(tokens.getErrorDescription()).isTrue();
        AccessToken token = Tokens.accessToken(tokens);
        assertThat(token.getSubject()).as("the user, as sub").isEqualTo(userId);
        assertThat(token.getResourceAccess(oauth.getClientId())).as("client roles in the token").isNotNull();
        assertThat(token.getResourceAccess(oauth.getClientId()).getRoles()).contains(PartnerApplication.ACCESS_ROLE);
    }

    private String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
