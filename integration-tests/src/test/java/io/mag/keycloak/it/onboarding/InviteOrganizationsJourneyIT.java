package io.mag.keycloak.it.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.InvitationMails;
import io.mag.keycloak.it.support.InviteOrganizationsScreen;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.SignInPage;

/**
 * The inviter's journey in headless Chromium: the demo Service Provider Administrator opens
 * Partner Tools > Invite Organizations in the account console, invites an organization and sees
 * the invitation listed. Chromium only: HtmlUnit does not run the account console.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class InviteOrganizationsJourneyIT {

    private static final String MENU_GROUP = "magPartnerTools";
    private static final String PAGE_PATH = "content/invite-organizations";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    /** The invitation email has somewhere to go. */
    @InjectMailServer
    MailServer mail;

    @Test
    void spAdminInvitesFromTheAccountConsole() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "journey-" + tag + "@supplier-" + tag + ".example";
        SignInPage.signOut(browser, realm);
        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(DemoUsers.SP_ADMIN, DemoUsers.password(DemoUsers.SP_ADMIN));
        AccountConsolePage console = new AccountConsolePage(browser).waitUntilShown();

        assertThat(console.menuEntry(PAGE_PATH)).isEqualTo("Invite Organizations");
        console.openFromMenu(MENU_GROUP, PAGE_PATH);
        assertThat(console.waitForActionPage()).isEqualTo(InviteOrganizationsScreen.ACTION);
        assertThat(console.actionButtonText()).isEqualTo("Invite organizations");
        console.startAction();

        InviteOrganizationsScreen screen = new InviteOrganizationsScreen(browser);
        browser.waiting().until(driver -> screen.isShown());
        screen.invite("Journey Parts " + tag, email, "northwind-sourcing");

        browser.waiting().until(driver -> screen.message().contains("Invitation sent"));
        InviteOrganizationsScreen.Row row = screen.invitationTo(email);
        assertThat(row.companyName()).isEqualTo("Journey Parts " + tag);
        assertThat(row.status()).isEqualTo("pending");

        assertThat(new Mailbox(mail).await(email, InvitationMails.SUBJECT).getSubject())
                .isEqualTo("You're Invited to Collaborate with Northwind Aerospace");

        screen.done();
        assertThat(new AccountConsolePage(browser).waitForActionPage()).isEqualTo(InviteOrganizationsScreen.ACTION);
    }
}
