package io.mag.keycloak.it.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.AccountConsolePage;
import io.mag.keycloak.it.support.BrowserJourney;
import io.mag.keycloak.it.support.ChangeRequestsAdminApi;
import io.mag.keycloak.it.support.ChangeRequestsScreen;
import io.mag.keycloak.it.support.ChromiumOnly;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.RestApiClient;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;
import io.mag.keycloak.it.support.TestUsers;

/**
 * In headless Chromium, through the account console: an Organization Administrator opens Change
 * Requests from My Account, asks for a new company name and a new legal name, withdraws the
 * second, and after the operator's approval sees the first approved and the organization renamed.
 */
@Tag(BrowserJourney.TAG)
@Tag(ChromiumOnly.TAG)
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ChangeRequestsJourneyIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @Test
    void administratorRequestsAndWithdrawsChangesFromTheAccountConsole() {
        SupplierOrganizations suppliers = new SupplierOrganizations(realm);
        String org = suppliers.organization("Larch Lathes");
        suppliers.administrator(org, "lea");
        SignInPage.signOut(browser, realm);

        browser.open(AccountConsolePage.url(realm));
        new SignInPage(browser).signIn(suppliers.users().username("lea"), TestUsers.PASSWORD);
        AccountConsolePage console = new AccountConsolePage(browser).waitUntilShown();
        assertThat(console.menuEntry("content/change-requests")).isEqualTo("Change Requests");
        console.openFromMenu("magMyAccount", "content/change-requests");
        assertThat(console.waitForActionPage()).isEqualTo(ChangeRequestsScreen.ACTION);
        console.startAction();

        ChangeRequestsScreen page = new ChangeRequestsScreen(browser);
        browser.waiting().until(driver -> page.isShown());
        String newName = "Larch Lathes & Tools " + org.substring(0, 8);
        page.requestCompanyName(newName);
        browser.waiting().until(driver -> page.message().contains("was sent to the operator"));
        page.requestLegalName("Lea", "Marsh");
        browser.waiting().until(driver -> page.requests().size() == 2);
        String legal = page.requests().stream().filter(r -> r.kind().equals("legal-name")).findFirst().orElseThrow().id();
        String company = page.requests().stream().filter(r -> r.kind().equals("company-name")).findFirst().orElseThrow().id();
        page.withdraw(legal);
        browser.waiting().until(driver -> page.request(legal).map(r -> r.status().equals("withdrawn")).orElse(false));
        page.done();
        new AccountConsolePage(browser).waitUntilShown();

        RestApiClient.expect(200, ChangeRequestsAdminApi.asOperator(realm).approve(company));
        assertThat(suppliers.name(org)).isEqualTo(newName);

        AccountConsolePage again = new AccountConsolePage(browser);
        again.openFromMenu("magMyAccount", "content/change-requests");
        again.waitForActionPage();
        again.startAction();
        browser.waiting().until(driver -> page.isShown());
        assertThat(page.request(company)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo("approved");
            assertThat(r.text()).contains("Approved", newName);
        });
        assertThat(page.request(legal)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo("withdrawn"));
    }
}
