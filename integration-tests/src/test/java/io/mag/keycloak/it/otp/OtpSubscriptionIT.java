package io.mag.keycloak.it.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.ManageOtpScreen;
import io.mag.keycloak.it.support.OtpSubscriptionsApi;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * OTP credentials as annual subscriptions: the subscription a new credential gets, Manage OTP with
 * Renew by license key inside the renewal window only, a new setup after it, and the admin REST.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OtpSubscriptionIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    private TestUsers users;
    private ManageOtpScreen screen;
    private OtpSubscriptionsApi api;
    private String operatorToken;

    @BeforeEach
    void setUp() {
        users = new TestUsers(realm);
        screen = new ManageOtpScreen(browser);
        api = new OtpSubscriptionsApi(realm);
        operatorToken = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        SignInPage.signOut(browser, realm);
    }

    /** A user with a password, who sets up OTP on Keycloak's page; returns the user id. */
    private String userWhoSetsUpOtp(String name) {
        String id = users.create(name, name);
        String key = api.issueKey(id, operatorToken);
        ManageOtpScreen.openOtpSetup(oauth);
        new SignInPage(browser).signIn(users.username(name), TestUsers.PASSWORD);
        // The realm sells OTP: the purchase's license key comes first.
        assertThat(screen.showsLicenseKeyPage()).as("license key page").isTrue();
        screen.enterLicenseKey(key);
        assertThat(screen.showsOtpSetup()).as("Keycloak's OTP setup page").isTrue();
        screen.completeOtpSetup("phone");
        assertThat(otpCredentialIds(id)).hasSize(1);
        return id;
    }

    private void openManageOtpAs(String name) {
        SignInPage.signOut(browser, realm);
        ManageOtpScreen.open(oauth);
        new SignInPage(browser).signIn(users.username(name), TestUsers.PASSWORD);
        assertThat(screen.isShown()).as("Manage OTP page").isTrue();
    }

    private List<String> otpCredentialIds(String userId) {
        return realm.admin().users().get(userId).credentials().stream()
                .filter(c -> "otp".equals(c.getType()))
                .map(CredentialRepresentation::getId)
                .toList();
    }

    /** Puts the subscription's expiry {@code days} from now (activation one year before it). */
    private void expiresIn(String userId, String credentialId, Duration fromNow) {
        Instant expiry = Instant.now().plus(fromNow).truncatedTo(ChronoUnit.SECONDS);
        Instant activation = expiry.atZone(ZoneOffset.UTC).minusYears(1).toInstant();
        HttpResponse<String> set = api.setDates(userId, credentialId, activation.toString(), expiry.toString(), operatorToken);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    private Instant expiryOf(String userId) {
        return Instant.parse(api.only(userId, operatorToken).path("expiresAt").asText());
    }

    private List<Map<String, String>> renewEvents(String userId, String type) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100).stream()
                .map(EventRepresentation::getDetails)
                .filter(d -> d != null && "mag-manage-otp".equals(d.get("custom_required_action")) && "RENEW".equals(d.get("mag_operation")))
                .toList();
    }

    @Test
    @DisplayName("a credential set up on Keycloak's page gets a one-year subscription; Renew is hidden while it is far from expiry")
    void newCredentialGetsOneYear() {
        String userId = userWhoSetsUpOtp("ana");
        String credentialId = otpCredentialIds(userId).get(0);

        JsonNode subscription = api.only(userId, operatorToken);
        Instant activated = Instant.parse(subscription.path("activatedAt").asText());
        Instant expires = Instant.parse(subscription.path("expiresAt").asText());
        assertThat(subscription.path("credentialId").asText()).isEqualTo(credentialId);
        assertThat(activated).isCloseTo(Instant.now(), within(2, ChronoUnit.MINUTES));
        assertThat(expires).isEqualTo(activated.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        assertThat(subscription.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(subscription.path("renewalOpensAt").asText())).isEqualTo(expires.atZone(ZoneOffset.UTC).minusDays(30).toInstant());
        assertThat(Instant.parse(subscription.path("renewalClosesAt").asText())).isEqualTo(expires.atZone(ZoneOffset.UTC).plusMonths(12).toInstant());

        openManageOtpAs("ana");
        ManageOtpScreen.Listed listed = screen.only();
        assertThat(listed.credentialId()).isEqualTo(credentialId);
        assertThat(listed.activatedOn()).isEqualTo(activated.atZone(ZoneOffset.UTC).toLocalDate().toString());
        assertThat(listed.expiresOn()).isEqualTo(expires.atZone(ZoneOffset.UTC).toLocalDate().toString());
        assertThat(listed.renewOffered()).as("Renew outside the window").isFalse();
        assertThat(listed.setupOffered()).isFalse();
    }

    @Test
    @DisplayName("renewing inside the window with a license key keeps the credential and adds a year; the key works once")
    void renewWithLicenseKey() {
        String userId = userWhoSetsUpOtp("ben");
        String credentialId = otpCredentialIds(userId).get(0);
        expiresIn(userId, credentialId, Duration.ofDays(10));
        Instant before = expiryOf(userId);
        String key = api.issueKey(userId, operatorToken);

        openManageOtpAs("ben");
        assertThat(screen.only().renewOffered()).as("Renew inside the window").isTrue();
        screen.renew(key);

        assertThat(screen.message()).contains("renewed");
        assertThat(otpCredentialIds(userId)).containsExactly(credentialId);
        assertThat(expiryOf(userId)).isEqualTo(before.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        assertThat(screen.only().renewOffered()).as("Renew after renewing").isFalse();
        Map<String, String> renewed = renewEvents(userId, "CUSTOM_REQUIRED_ACTION").get(0);
        assertThat(renewed).containsEntry("credential_id", credentialId)
                .containsEntry("mag_expires_before", String.valueOf(before.toEpochMilli()));

        // The same key again (window re-opened by an operator): refused, nothing changes.
        expiresIn(userId, credentialId, Duration.ofDays(10));
        Instant reopened = expiryOf(userId);
        openManageOtpAs("ben");
        screen.renew(key);
        assertThat(screen.message()).contains("cannot be used");
        assertThat(expiryOf(userId)).isEqualTo(reopened);
        assertThat(renewEvents(userId, "CUSTOM_REQUIRED_ACTION_ERROR")).anySatisfy(d -> assertThat(d).containsEntry("mag_refusal", "used"));
    }

    @Test
    @DisplayName("a forged key and another user's key are refused, with events, and change nothing")
    void forgedAndForeignKeysRefused() {
        String userId = userWhoSetsUpOtp("cy");
        String otherId = users.create("dee", "dee");
        String credentialId = otpCredentialIds(userId).get(0);
        expiresIn(userId, credentialId, Duration.ofDays(-20));
        Instant before = expiryOf(userId);
        String othersKey = api.issueKey(otherId, operatorToken);

        openManageOtpAs("cy");
        assertThat(screen.only().status()).isEqualTo("EXPIRED_RENEWABLE");
        assertThat(screen.only().renewOffered()).isTrue();
        screen.renew("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE");
        assertThat(screen.message()).contains("cannot be used");
        screen.renew(othersKey);
        assertThat(screen.message()).contains("cannot be used");

        assertThat(expiryOf(userId)).isEqualTo(before);
        assertThat(renewEvents(userId, "CUSTOM_REQUIRED_ACTION_ERROR")).extracting(d -> d.get("mag_refusal"))
                .contains("unknown", "other_user");
        assertThat(renewEvents(userId, "CUSTOM_REQUIRED_ACTION")).isEmpty();
        // Both failures count in Keycloak's brute-force detector against the user who typed them.
        assertThat(realm.admin().attackDetection().bruteForceUserStatus(userId)).containsEntry("numFailures", 2);
        // The other user's key is still unused.
        JsonNode keys = ConnectionsApi.json(api.get("users/" + otherId + "/license-keys", operatorToken));
        assertThat(keys.get(0).hasNonNull("redeemedAt")).isFalse();
        assertThat(keys).hasSize(1);
    }

    @Test
    @DisplayName("after the renewal period the page asks for a new credential and starts Keycloak's OTP setup")
    void afterTheWindowANewSetupIsRequired() {
        String userId = userWhoSetsUpOtp("eve");
        String credentialId = otpCredentialIds(userId).get(0);
        expiresIn(userId, credentialId, Duration.ofDays(-370));

        openManageOtpAs("eve");
        ManageOtpScreen.Listed listed = screen.only();
        assertThat(listed.status()).isEqualTo("LAPSED");
        assertThat(listed.renewOffered()).isFalse();
        assertThat(listed.setupOffered()).isTrue();

        String key = api.issueKey(userId, operatorToken);
        screen.setUpNew();
        assertThat(screen.showsLicenseKeyPage()).as("a brand-new credential is bought: license key page").isTrue();
        screen.enterLicenseKey(key);
        assertThat(screen.showsOtpSetup()).as("Keycloak's OTP setup page").isTrue();
        screen.completeOtpSetup("new phone");
        assertThat(otpCredentialIds(userId)).hasSize(2);
    }

    @Test
    @DisplayName("a user without OTP finds Purchase or Register Credentials, which starts the OTP setup")
    void returnToCredentialing() {
        users.create("fay", "fay");
        openManageOtpAs("fay");
        assertThat(screen.credentials()).isEmpty();
        assertThat(screen.offersPurchaseOrRegister()).isTrue();
        screen.purchaseOrRegister();
        assertThat(screen.showsLicenseKeyPage()).as("the purchase's license key, then Keycloak's OTP setup").isTrue();
    }

    @Test
    @DisplayName("admin REST: dates, license keys, operator renewal, permissions, admin events")
    void adminRest() {
        String userId = userWhoSetsUpOtp("gus");
        String credentialId = otpCredentialIds(userId).get(0);
        String path = "users/" + userId + "/credentials/" + credentialId;

        assertThat(api.get("users/" + userId, null).statusCode()).isEqualTo(401);
        users.create("hal", "hal");
        String plainUserToken = new ConnectionsApi(realm).token(users.username("hal"), TestUsers.PASSWORD);
        assertThat(api.get("users/" + userId, plainUserToken).statusCode()).isEqualTo(403);
        assertThat(api.post("users/" + userId + "/license-keys", plainUserToken).statusCode()).isEqualTo(403);
        assertThat(api.get("users/" + userId + "/credentials/nope", operatorToken).statusCode()).isEqualTo(404);
        HttpResponse<String> badDates = api.setDates(userId, credentialId, "2026-01-01T00:00:00Z", "2025-01-01T00:00:00Z", operatorToken);
        assertThat(badDates.statusCode()).isEqualTo(400);
        assertThat(ConnectionsApi.json(badDates).path("error").asText()).isEqualTo("invalid_request");

        // Outside the window the operator cannot renew either.
        HttpResponse<String> early = api.post(path + "/renewal", operatorToken);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(ConnectionsApi.json(early).path("error").asText()).isEqualTo("renewal_not_open");

        HttpResponse<String> set = api.setDates(userId, credentialId, "2025-03-01T00:00:00Z", Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString(), operatorToken);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonNode recorded = ConnectionsApi.json(set);
        assertThat(recorded.path("activatedAt").asText()).isEqualTo("2025-03-01T00:00:00Z");
        assertThat(recorded.path("recorded").asBoolean()).isTrue();
        assertThat(recorded.path("status").asText()).isEqualTo("ACTIVE_RENEWABLE");
        assertThat(adminEvents("UPDATE", "mag-otp-subscriptions/" + path)).isNotEmpty();
        // Visible to an admin looking at the user: the companion credential in the Credentials tab.
        assertThat(realm.admin().users().get(userId).credentials()).anySatisfy(c -> {
            assertThat(c.getType()).isEqualTo("mag-otp-subscription");
            assertThat(c.getUserLabel()).contains(recorded.path("expiresAt").asText().substring(0, 10), credentialId);
        });

        Instant before = Instant.parse(recorded.path("expiresAt").asText());
        HttpResponse<String> renewed = api.post(path + "/renewal", operatorToken);
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
        assertThat(Instant.parse(ConnectionsApi.json(renewed).path("expiresAt").asText()))
                .isEqualTo(before.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        assertThat(otpCredentialIds(userId)).containsExactly(credentialId);
        assertThat(adminEvents("ACTION", "mag-otp-subscriptions/" + path + "/renewal")).isNotEmpty();

        HttpResponse<String> issued = api.post("users/" + userId + "/license-keys", operatorToken);
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode key = ConnectionsApi.json(issued);
        assertThat(key.path("key").asText()).matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){4}");
        String location = issued.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(api.url("users/" + userId + "/license-keys/" + key.path("id").asText()));
        HttpResponse<String> fetched = api.get(location.substring(api.url("").length() + 1), operatorToken);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).doesNotContain(key.path("key").asText());
        List<AdminEventRepresentation> created = adminEvents("CREATE", "mag-otp-subscriptions/users/" + userId + "/license-keys/" + key.path("id").asText());
        assertThat(created).isNotEmpty();
        assertThat(created.get(0).getRepresentation()).doesNotContain(key.path("key").asText());
    }

    private List<AdminEventRepresentation> adminEvents(String operation, String resourcePath) {
        return realm.admin().getAdminEvents(List.of(operation), null, null, null, null, resourcePath, null, null, null, 0, 10);
    }
}
