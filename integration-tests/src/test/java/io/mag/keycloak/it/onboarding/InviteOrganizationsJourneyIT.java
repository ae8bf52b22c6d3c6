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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.InvitationMails;
import io.mag.keycloak.it.support.InviteOrganizationsScreen;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.Screenshots;
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
        // A laptop's window: wide enough for the wide layout (PatternFly's xl breakpoint is 1200 px).
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
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
        assertLaidOutWide(email);
        new Screenshots(browser, "invite-organizations").keep("01-invitations");

        assertThat(new Mailbox(mail).await(email, InvitationMails.SUBJECT).getSubject())
                .isEqualTo("You're Invited to Collaborate with Northwind Aerospace");

        screen.done();
        assertThat(new AccountConsolePage(browser).waitForActionPage()).isEqualTo(InviteOrganizationsScreen.ACTION);
    }

    /**
     * The page uses the wide card; the invitations table fits it, its dates stay on one line and
     * Resend and Revoke sit side by side (on the narrow sign-in card the dates broke and the
     * buttons stacked).
     */
    private void assertLaidOutWide(String email) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        WebElement card = browser.driver().findElement(By.cssSelector(".pf-v5-c-login__main"));
        assertThat(card.getRect().getWidth()).as("card wider than the 34rem (544 px) sign-in card").isGreaterThan(800);
        WebElement table = browser.driver().findElement(By.id("mag-invitations"));
        Number tableWidth = (Number) js.executeScript("return arguments[0].scrollWidth;", table);
        Number room = (Number) js.executeScript("return arguments[0].parentElement.clientWidth;", table);
        assertThat(tableWidth.intValue()).as("the table fits the card").isLessThanOrEqualTo(room.intValue());
        WebElement row = browser.driver().findElement(By.cssSelector("tr.mag-invitation[data-email='" + email + "']"));
        for (String cell : new String[] {"mag-invitation-sent", "mag-invitation-expires"}) {
            Number lines = (Number) js.executeScript("const range = document.createRange(); range.selectNodeContents(arguments[0]);"
                    + " return range.getClientRects().length;", row.findElement(By.className(cell)));
            assertThat(lines.intValue()).as("%s on one line", cell).isEqualTo(1);
        }
        WebElement resend = row.findElement(By.cssSelector(".mag-invitation-resend-form button"));
        WebElement revoke = row.findElement(By.cssSelector(".mag-invitation-revoke-form button"));
        assertThat(resend.getRect().getY()).as("Resend and Revoke side by side").isEqualTo(revoke.getRect().getY());
        assertThat(revoke.getRect().getX()).isGreaterThan(resend.getRect().getX() + resend.getRect().getWidth());
    }
}
