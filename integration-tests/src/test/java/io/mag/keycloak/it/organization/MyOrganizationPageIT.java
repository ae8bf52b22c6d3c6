package io.mag.keycloak.it.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.TimeBasedOTP;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.AccountInformationScreen;
import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.MyOrganizationScreen;
import io.mag.keycloak.it.support.OtpPage;
import io.mag.keycloak.it.support.OtpRequiredApplication;
import io.mag.keycloak.it.support.OtpSubscriptionsApi;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.SupplierOrganizations;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The My Organization page (login theme, started from the account console) does what the REST
 * API does, with the same rules: an Organization Administrator creates, disables, re-enables and
 * removes users, assigns roles they hold and invites people; a refusal shows its message; a
 * Steward sees the users without any form; anyone else is refused. And Account Information shows
 * a user's organization, Organization ID, roles, administrators and the session's credential.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class MyOrganizationPageIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    @InjectMailServer
    MailServer mail;

    /** An application that requires OTP: signing in there makes the session an OTP session. */
    @InjectOAuthClient(ref = "otp", config = OtpRequiredApplication.class)
    OAuthClient otpApp;

    private SupplierOrganizations suppliers;
    private MyOrganizationScreen page;

    @BeforeEach
    void setUp() {
        suppliers = new SupplierOrganizations(realm);
        page = new MyOrganizationScreen(browser);
        SignInPage.signOut(browser, realm);
    }

    private void openAs(String name) {
        MyOrganizationScreen.open(oauth);
        new SignInPage(browser).signIn(suppliers.users().username(name), TestUsers.PASSWORD);
    }

    @Test
    @DisplayName("an Organization Administrator creates, disables, re-enables and removes a user, grants a role they hold, invites")
    void administratorManagesUsersOnThePage() throws Exception {
        String acme = suppliers.organization("Gorse Gears");
        String adminId = suppliers.administrator(acme, "gus");
        suppliers.grantByOperator(acme, adminId, "organization-steward");
        openAs("gus");
        assertThat(page.isShown()).as(page.pageSource()).isTrue();
        assertThat(page.offersCreate()).isTrue();

        String chosen = suppliers.users().username("hana");
        page.create(chosen, "Hana", "Ito", suppliers.users().email("hana"), "short");
        assertThat(page.fieldError("oneTimePassword")).as("the password policy, on the page").isNotBlank();
        assertThat(realm.admin().users().search(chosen, true)).isEmpty();

        page.create(chosen, "Hana", "Ito", suppliers.users().email("hana"), OrganizationUsersIT.ONE_TIME_PASSWORD);
        assertThat(page.message()).contains("User " + chosen + " was created");
        assertThat(page.usernames()).contains(chosen, suppliers.users().username("gus"));
        new Mailbox(mail).await(suppliers.users().email("hana"), "[Managed Access Gateway] Your account at " + suppliers.name(acme)
                + ": complete your First Time Login");

        page.disable(chosen);
        assertThat(page.enabled(chosen)).isFalse();
        UserRepresentation hana = realm.admin().users().search(chosen, true).get(0);
        assertThat(realm.admin().users().get(hana.getId()).toRepresentation().isEnabled()).isFalse();
        page.enable(chosen);
        assertThat(page.enabled(chosen)).isTrue();

        page.grant(chosen, "organization-steward");
        assertThat(page.message()).contains("Organization Steward was granted to " + chosen);
        assertThat(page.roles(chosen)).containsExactly("organization-steward");

        page.invite(suppliers.users().email("ines"));
        assertThat(page.invitedEmails()).containsExactly(suppliers.users().email("ines"));
        page.revoke(suppliers.users().email("ines"));
        assertThat(page.invitedEmails()).isEmpty();

        page.remove(chosen);
        assertThat(page.usernames()).doesNotContain(chosen);
        assertThat(realm.admin().users().search(chosen, true)).isEmpty();
        page.done();
    }

    @Test
    @DisplayName("a Steward sees the users without forms; a member of no such role is refused")
    void stewardSeesPlainMemberIsRefused() {
        String acme = suppliers.organization("Hazel Hydraulics");
        suppliers.administrator(acme, "hal");
        String stewardId = suppliers.member(acme, "sue");
        suppliers.grantByOperator(acme, stewardId, "organization-steward");
        suppliers.member(acme, "max");

        openAs("sue");
        assertThat(page.isShown()).isTrue();
        assertThat(page.offersCreate()).isFalse();
        assertThat(page.usernames()).contains(suppliers.users().username("hal"), suppliers.users().username("max"));
        assertThat(page.pageSource()).doesNotContain("value=\"disable\"");

        SignInPage.signOut(browser, realm);
        openAs("max");
        assertThat(page.isRefused()).isTrue();
        assertThat(realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null,
                realm.admin().users().search(suppliers.users().username("max"), true).get(0).getId(), null, null, null, 0, 10))
                .anySatisfy(e -> assertThat(e.getError()).isEqualTo("mag_not_authorized"));
    }

    @Test
    @DisplayName("Account Information: User ID, organization and its ID, roles, administrators, a password session")
    void accountInformation() {
        String acme = suppliers.organization("Ivy Instruments");
        suppliers.administrator(acme, "ida");
        String stewardId = suppliers.member(acme, "sol");
        suppliers.grantByOperator(acme, stewardId, "organization-steward");

        AccountInformationScreen.open(oauth);
        new SignInPage(browser).signIn(suppliers.users().username("sol"), TestUsers.PASSWORD);
        AccountInformationScreen info = new AccountInformationScreen(browser);
        assertThat(info.isShown()).isTrue();
        assertThat(info.userId()).isEqualTo(suppliers.users().username("sol"));
        assertThat(info.organizationIds()).containsExactly(acme);
        assertThat(info.organizationHeading(acme)).contains(suppliers.name(acme));
        assertThat(info.text()).contains(acme);
        assertThat(info.roles(acme)).containsExactly("user", "organization-steward");
        assertThat(info.administrators(acme)).containsExactly(suppliers.users().username("ida"));
        assertThat(info.sessionCredential()).isEqualTo("password");
        assertThat(info.otpExpiries()).isEmpty();
        info.done();
    }

    @Test
    @DisplayName("Account Information of a session signed in with OTP: the OTP credential and its subscription's expiry")
    void accountInformationOfAnOtpSessionShowsTheSubscriptionsExpiry() {
        String acme = suppliers.organization("Juniper Gauges");
        String secret = "account-info-secret-" + suppliers.users().username("s");
        String userId = suppliers.users().createWithOtp("oti", "oti", secret);
        realm.admin().organizations().get(acme).members().addMember(userId).close();
        String otpId = realm.admin().users().get(userId).credentials().stream().filter(c -> "otp".equals(c.getType())).findFirst().orElseThrow().getId();
        String operatorToken = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        Instant expiry = LocalDate.now(ZoneOffset.UTC).plusDays(200).atStartOfDay(ZoneOffset.UTC).toInstant().plus(12, ChronoUnit.HOURS);
        HttpResponse<String> set = new OtpSubscriptionsApi(realm).setDates(userId, otpId,
                expiry.atZone(ZoneOffset.UTC).minusYears(1).toInstant().toString(), expiry.toString(), operatorToken);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        otpApp.openLoginForm();
        new SignInPage(browser).signIn(suppliers.users().username("oti"), TestUsers.PASSWORD);
        OtpPage otp = new OtpPage(browser);
        assertThat(otp.isShown()).as(browser.driver().getPageSource()).isTrue();
        otp.enter(new TimeBasedOTP().generateTOTP(secret));
        assertThat(otpApp.parseLoginResponse().getCode()).as("an OTP session").isNotNull();

        AccountInformationScreen.open(oauth);
        AccountInformationScreen info = new AccountInformationScreen(browser);
        assertThat(info.isShown()).as(browser.driver().getPageSource()).isTrue();
        assertThat(info.sessionCredential()).isEqualTo("otp");
        assertThat(info.otpExpiries()).containsExactly(expiry.atZone(ZoneOffset.UTC).toLocalDate().toString());
        assertThat(info.text()).contains("phone");
        info.done();
    }
}
