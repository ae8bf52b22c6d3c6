package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.ConnectAccountsScreen;
import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.OtpSubscriptionsApi;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/** Connect Accounts, driven the way a user drives it: sign in, open the page, pick, type, click. */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class AccountConnectionIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    TestUsers users;
    ConnectAccountsScreen screen;

    @BeforeEach
    void freshPeopleAndBrowser() {
        users = new TestUsers(realm);
        screen = new ConnectAccountsScreen(browser);
        SignInPage.signOut(browser, realm);
    }

    private void openAs(String username) {
        ConnectAccountsScreen.open(oauth);
        new SignInPage(browser).signIn(username, TestUsers.PASSWORD);
        assertThat(screen.isShown()).as("Connect Accounts page").isTrue();
    }

    @Test
    @DisplayName("connect, only the parent signs in, disconnect after confirmation, both sign in again")
    void connectAndDisconnectRoundTrip() {
        users.create("parent", "alex");
        users.create("child", "alex");
        String parent = users.username("parent");
        String child = users.username("child");

        // A token the child holds before it is connected.
        AccessTokenResponse childTokens = oauth.doPasswordGrantRequest(child, TestUsers.PASSWORD);
        assertThat(childTokens.isSuccess()).isTrue();

        openAs(parent);
        assertThat(screen.eligible()).containsExactly(child);
        screen.connect(child, TestUsers.PASSWORD);

        assertThat(screen.message()).contains("now connected");
        assertThat(screen.connected()).containsExactly(child);
        assertThat(screen.eligible()).isEmpty();

        // The child's sessions ended: its refresh token no longer works.
        assertThat(oauth.doRefreshTokenRequest(childTokens.getRefreshToken()).isSuccess()).isFalse();
        // Direct grant refuses the child with the translated message, and still accepts the parent.
        AccessTokenResponse refused = oauth.doPasswordGrantRequest(child, TestUsers.PASSWORD);
        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getErrorDescription()).contains("connected to a parent account");
        assertThat(oauth.doPasswordGrantRequest(parent, TestUsers.PASSWORD).isSuccess()).isTrue();

        screen.askToDisconnect(child);
        assertThat(screen.confirmationQuestion()).isEqualTo("Do you want to continue?");
        screen.confirmDisconnect();
        assertThat(screen.message()).contains("disconnected");
        assertThat(screen.connected()).isEmpty();
        assertThat(screen.eligible()).containsExactly(child);

        assertThat(oauth.doPasswordGrantRequest(child, TestUsers.PASSWORD).isSuccess()).isTrue();
        assertThat(operations()).contains("CONNECT", "DISCONNECT");
    }

    @Test
    @DisplayName("a connected child is refused at the browser sign-in page with a clear message")
    void childRefusedInBrowser() {
        users.create("parent", "blake");
        users.create("child", "blake");
        openAs(users.username("parent"));
        screen.connect(users.username("child"), TestUsers.PASSWORD);
        assertThat(screen.connected()).containsExactly(users.username("child"));
        screen.done();

        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("child"), TestUsers.PASSWORD);
        assertThat(new SignInPage(browser).fieldError())
                .isEqualTo("This account is connected to a parent account. Please sign in with your parent account.");
        assertThat(browser.driver().getCurrentUrl()).as("no sign-in for a child: still on the sign-in page").contains("/login-actions/");
    }

    @Test
    @DisplayName("a connected child cannot reset its password to get back in")
    void childRefusedInResetCredentials() {
        users.create("parent", "oak");
        users.create("child", "oak");
        openAs(users.username("parent"));
        screen.connect(users.username("child"), TestUsers.PASSWORD);
        assertThat(screen.connected()).hasSize(1);
        screen.done();

        SignInPage.signOut(browser, realm);
        oauth.openLoginForm();
        browser.open(realm.getBaseUrl() + "/login-actions/reset-credentials?client_id=" + oauth.config().getClientId());
        browser.findElement(By.id("username")).sendKeys(users.username("child"));
        browser.findElement(By.cssSelector("[type=submit]")).click();

        assertThat(browser.driver().getPageSource())
                .contains("This account is connected to a parent account. Please sign in with your parent account.");
        assertThat(browser.driver().findElements(By.id("password-new"))).isEmpty();
    }

    @Test
    @DisplayName("a wrong child password changes nothing and counts toward the child's lockout, not the parent's")
    void wrongChildPasswordCountsOnTheChild() {
        // Lock after 3 failures; no "too fast" lockout, since a test types faster than a person.
        realm.updateWithCleanup(r -> r.failureFactor(3).update(rep -> rep.setQuickLoginCheckMilliSeconds(1L)));
        String parentId = users.create("parent", "casey");
        String childId = users.create("child", "casey");
        String child = users.username("child");

        openAs(users.username("parent"));
        for (int attempt = 0; attempt < 3; attempt++) {
            screen.connect(child, "not-the-password");
            assertThat(screen.message()).isEqualTo("The password of the account to connect is not correct.");
        }
        screen.connect(child, TestUsers.PASSWORD);
        assertThat(screen.message()).contains("temporarily locked");
        assertThat(screen.connected()).isEmpty();

        Map<String, Object> childStatus = realm.admin().attackDetection().bruteForceUserStatus(childId);
        Map<String, Object> parentStatus = realm.admin().attackDetection().bruteForceUserStatus(parentId);
        assertThat(childStatus.get("numFailures")).isEqualTo(3);
        assertThat(childStatus.get("disabled")).isEqualTo(true);
        assertThat(parentStatus.get("numFailures")).isEqualTo(0);
    }

    @Test
    @DisplayName("a re-posted old copy of the page is rejected and connects nothing")
    void stalePostRejected() {
        users.create("parent", "drew");
        users.create("child", "drew");
        String child = users.username("child");
        openAs(users.username("parent"));

        String firstPageNonce = screen.formNonce();
        screen.connect(child, "wrong-password");
        assertThat(screen.message()).contains("not correct");

        // Post the first page's form again (its nonce is spent), this time with the right password.
        screen.replaceFormNonce(firstPageNonce);
        screen.connect(child, TestUsers.PASSWORD);

        assertThat(screen.message()).isEqualTo("This page has expired. Nothing was changed; please try again.");
        assertThat(screen.connected()).isEmpty();
        // Not connected: the child still signs in on its own.
        assertThat(oauth.doPasswordGrantRequest(child, TestUsers.PASSWORD).isSuccess()).isTrue();
    }

    @Test
    @DisplayName("only accounts sharing name and a verified email are shown; each rule names its reason")
    void eligibilityRules() {
        users.create("parent", "erin");
        users.create("eligible", "erin");
        UserRepresentation unverified = users.account("unverified", "erin");
        unverified.setEmailVerified(false);
        users.create(unverified);
        UserRepresentation disabled = users.account("disabled", "erin");
        disabled.setEnabled(false);
        users.create(disabled);
        UserRepresentation otherName = users.account("stranger", "erin");
        otherName.setLastName("Somebody-Else");
        users.create(otherName);

        openAs(users.username("parent"));

        assertThat(screen.eligible()).containsExactly(users.username("eligible"));
        assertThat(screen.ineligible()).containsOnly(
                Map.entry(users.username("disabled"), "magConnectRefusedDisabled"));
        assertThat(screen.pageSource()).doesNotContain(users.username("stranger"))
                .as("an account whose email is not verified is not listed").doesNotContain(users.username("unverified"));

        // Naming an account of someone else reveals nothing about it.
        screen.connectNamed(users.username("stranger"), TestUsers.PASSWORD);
        assertThat(screen.message()).isEqualTo("No account with that User ID has the same first name, last name and email address as yours.");
        screen.connectNamed(users.username("parent"), TestUsers.PASSWORD);
        assertThat(screen.message()).isEqualTo("An account cannot be connected to itself.");
    }

    @Test
    @DisplayName("a connect posted again after it succeeded says the account is already connected, not that the page expired")
    void repostedCompletedConnectSaysAlreadyConnected() {
        users.create("parent", "jude");
        users.create("child", "jude");
        String child = users.username("child");
        openAs(users.username("parent"));
        String nonce = screen.formNonce();
        screen.connect(child, TestUsers.PASSWORD);
        assertThat(screen.message()).contains("now connected");

        screen.repostConnect(nonce, child, TestUsers.PASSWORD);

        assertThat(screen.message()).isEqualTo(child + " is already connected to this account.");
        assertThat(screen.connected()).containsExactly(child);
    }

    @Test
    @DisplayName("connections are one level deep and a child has one parent")
    void structuralRules() {
        users.create("parent", "fran");
        users.create("child", "fran");
        users.create("other", "fran");
        String parent = users.username("parent");
        String child = users.username("child");
        String other = users.username("other");

        openAs(parent);
        screen.connect(child, TestUsers.PASSWORD);
        assertThat(screen.connected()).containsExactly(child);
        screen.done();

        // "other" now sees: child already has a parent, parent has children.
        SignInPage.signOut(browser, realm);
        openAs(other);
        assertThat(screen.eligible()).isEmpty();
        assertThat(screen.ineligible()).containsOnly(
                Map.entry(parent, "magConnectRefusedChildIsParent"),
                Map.entry(child, "magConnectRefusedAlreadyChild"));
    }

    @Test
    @DisplayName("an account with an OTP credential cannot be connected")
    void childWithOtpRefused() {
        users.create("parent", "gale");
        users.createWithOtp("otp", "gale", "gale-totp-secret-0123");

        openAs(users.username("parent"));
        assertThat(screen.ineligible()).containsOnly(Map.entry(users.username("otp"), "magConnectRefusedCredentials"));
    }

    @Test
    @DisplayName("an account whose OTP subscription lapsed, or that keeps only the record of a deleted OTP credential, can be connected")
    void childWithoutActiveCredentialsConnects() {
        users.create("parent", "hana");
        String lapsedId = users.createWithOtp("lapsed", "hana", "hana-totp-secret-0123");
        String orphanId = users.createWithOtp("orphan", "hana", "hana-totp-secret-4567");
        String operator = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        OtpSubscriptionsApi subscriptions = new OtpSubscriptionsApi(realm);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Instant lapsedOn = now.minus(400, ChronoUnit.DAYS);
        HttpResponse<String> lapsed = subscriptions.setDates(lapsedId, otpCredentialId(lapsedId),
                lapsedOn.atZone(ZoneOffset.UTC).minusYears(1).toInstant().toString(), lapsedOn.toString(), operator);
        assertThat(lapsed.statusCode()).as(lapsed.body()).isEqualTo(200);

        String orphanOtp = otpCredentialId(orphanId);
        HttpResponse<String> recorded = subscriptions.setDates(orphanId, orphanOtp,
                now.minus(10, ChronoUnit.DAYS).toString(), now.plus(355, ChronoUnit.DAYS).toString(), operator);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        realm.admin().users().get(orphanId).removeCredential(orphanOtp);
        assertThat(realm.admin().users().get(orphanId).credentials()).extracting(CredentialRepresentation::getType)
                .as("only the password and the record of the deleted OTP credential").containsExactlyInAnyOrder("password", "mag-otp-subscription");

        openAs(users.username("parent"));
        assertThat(screen.eligible()).containsExactlyInAnyOrder(users.username("lapsed"), users.username("orphan"));
        screen.connect(users.username("lapsed"), TestUsers.PASSWORD);
        assertThat(screen.connected()).containsExactly(users.username("lapsed"));
    }

    private String otpCredentialId(String userId) {
        return realm.admin().users().get(userId).credentials().stream()
                .filter(c -> "otp".equals(c.getType()))
                .map(CredentialRepresentation::getId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("an account with a notarized US Person attestation cannot be connected")
    void childWithUsPersonAttestationRefused() {
        users.create("parent", "noor");
        UserRepresentation attested = users.account("attested", "noor");
        attested.singleAttribute("usPersonAttestation", "notarized 2026-03-01");
        users.create(attested);

        openAs(users.username("parent"));
        assertThat(screen.ineligible()).containsOnly(Map.entry(users.username("attested"), "magConnectRefusedUsPerson"));
        assertThat(screen.pageSource()).contains("The account has a notarized US Person attestation.");
        // Nothing is eligible: the page says so and offers no User ID and password form.
        assertThat(screen.offersConnectForm()).isFalse();
        assertThat(screen.noEligibleText()).isEqualTo("None of your other accounts can be connected right now.");
        assertThat(screen.connected()).isEmpty();
    }

    @Test
    @DisplayName("an organization name with HTML is shown escaped")
    void hostileOrganizationNameEscaped() {
        users.create("parent", "hale");
        String childId = users.create("child", "hale");
        OrganizationRepresentation org = new OrganizationRepresentation();
        String hostile = "<script>alert('mag')</script> Aero " + users.username("org");
        org.setName(hostile);
        org.setAlias(users.username("org"));
        try (Response response = realm.admin().organizations().create(org)) {
            assertThat(response.getStatus()).isEqualTo(201);
            String orgId = CreatedResponseUtil.getCreatedId(response);
            realm.admin().organizations().get(orgId).members().addMember(childId).close();
        }

        openAs(users.username("parent"));
        assertThat(screen.pageSource())
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert('mag')</script>");
        assertThat(browser.findElement(By.cssSelector(".mag-eligible-account label")).getText()).contains(hostile);
    }

    @Test
    @DisplayName("deleting a parent frees its children to sign in again")
    void deletingTheParentFreesTheChild() {
        String parentId = users.create("parent", "ira");
        String childId = users.create("child", "ira");
        String child = users.username("child");
        openAs(users.username("parent"));
        screen.connect(child, TestUsers.PASSWORD);
        assertThat(screen.connected()).containsExactly(child);
        assertThat(oauth.doPasswordGrantRequest(child, TestUsers.PASSWORD).isSuccess()).isFalse();

        assertThat(realm.admin().users().get(childId).toRepresentation().getAttributes())
                .containsEntry("magConnectedParent", List.of(users.username("parent")));

        realm.admin().users().get(parentId).remove();

        assertThat(oauth.doPasswordGrantRequest(child, TestUsers.PASSWORD).isSuccess()).isTrue();
        Map<String, List<String>> childAttributes = realm.admin().users().get(childId).toRepresentation().getAttributes();
        assertThat(childAttributes == null ? Map.<String, List<String>>of() : childAttributes)
                .as("the deleted parent is no longer shown on the child").doesNotContainKey("magConnectedParent");
    }

    @Test
    @DisplayName("sign-in with a shared email asks for the username, and after connecting means the parent")
    void emailSignIn() {
        users.create("parent", "jo");
        users.create("child", "jo");
        String email = users.email("jo");

        AccessTokenResponse ambiguous = oauth.doPasswordGrantRequest(email, TestUsers.PASSWORD);
        assertThat(ambiguous.isSuccess()).isFalse();
        assertThat(ambiguous.getErrorDescription()).contains("sign in with your User ID");

        oauth.openLoginForm();
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.cssSelector("[type=submit]")).click();
        assertThat(browser.findElement(By.id("input-error-username")).getText())
                .isEqualTo("Several accounts use this email address. Please sign in with your User ID.");

        SignInPage.signOut(browser, realm);
        openAs(users.username("parent"));
        screen.connect(users.username("child"), TestUsers.PASSWORD);
        assertThat(screen.connected()).hasSize(1);

        AccessTokenResponse byEmail = oauth.doPasswordGrantRequest(email, TestUsers.PASSWORD);
        assertThat(byEmail.isSuccess()).isTrue();
        assertThat(Tokens.accessToken(byEmail).getPreferredUsername()).isEqualTo(users.username("parent"));
    }

    private List<String> operations() {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, null, null, null, null, 0, 100).stream()
                .map(EventRepresentation::getDetails)
                .filter(details -> details != null && "mag-connect-accounts".equals(details.get("custom_required_action")))
                .map(details -> details.get("mag_operation"))
                .toList();
    }
}
