package io.mag.keycloak.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

import io.mag.keycloak.it.support.AccountConsoleTexts;
import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.ManageOtpScreen;
import io.mag.keycloak.it.support.OtpSubscriptionsApi;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;

/**
 * The account console's Signing in page shows each OTP credential's subscription (credential type
 * mag-otp-subscription), read here through the account REST API the console itself calls
 * (GET /realms/mag/account/credentials with the user's token).
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class AccountSigningInIT {

    private static final String SUBSCRIPTION = "mag-otp-subscription";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    @InjectOAuthClient
    OAuthClient oauth;

    private TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(realm);
        SignInPage.signOut(browser, realm);
    }

    private JsonNode credentialTypes(String name) throws Exception {
        String token = new ConnectionsApi(realm).token(users.username(name), TestUsers.PASSWORD);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/account/credentials"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ConnectionsApi.json(response);
    }

    private static JsonNode container(JsonNode types, String type) {
        return StreamSupport.stream(types.spliterator(), false)
                .filter(t -> type.equals(t.path("type").asText()))
                .findFirst()
                .orElse(null);
    }

    private List<CredentialRepresentation> credentials(String userId, String type) {
        return realm.admin().users().get(userId).credentials().stream().filter(c -> type.equals(c.getType())).toList();
    }

    private static String isoDay(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The account's language, as the language selector of a sign-in page would keep it. */
    private void speaks(String userId, String locale) {
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        Map<String, List<String>> attributes = user.getAttributes() == null ? new HashMap<>() : new HashMap<>(user.getAttributes());
        attributes.put("locale", List.of(locale));
        user.setAttributes(attributes);
        realm.admin().users().get(userId).update(user);
    }

    @Test
    @DisplayName("a credential set up on Keycloak's page is listed with its label, activation date and 'valid until' one year later")
    void newCredentialShowsItsExpiry() throws Exception {
        // This test is about the listing, not about paying for the credential: no license key asked.
        realm.updateWithCleanup(r -> r.update(rep -> {
            Map<String, String> attributes = rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
            attributes.put("magOtpIncluded", "true");
            rep.setAttributes(attributes);
        }));
        String userId = users.create("cid", "cid");
        ManageOtpScreen.openOtpSetup(oauth);
        new SignInPage(browser).signIn(users.username("cid"), TestUsers.PASSWORD);
        new ManageOtpScreen(browser).completeOtpSetup("phone");
        CredentialRepresentation otp = credentials(userId, "otp").get(0);
        Instant activated = Instant.ofEpochMilli(otp.getCreatedDate());
        Instant expires = activated.atZone(ZoneOffset.UTC).plusYears(1).toInstant();

        JsonNode types = credentialTypes("cid");

        JsonNode subscriptions = container(types, SUBSCRIPTION);
        assertThat(subscriptions).as("mag-otp-subscription listed: %s", types).isNotNull();
        assertThat(subscriptions.path("category").asText()).isEqualTo("two-factor");
        assertThat(subscriptions.path("displayName").asText()).isEqualTo("mag-otp-subscription-display-name");
        assertThat(subscriptions.path("helptext").asText()).isEqualTo("mag-otp-subscription-help-text");
        assertThat(subscriptions.path("removeable").asBoolean()).isFalse();
        assertThat(subscriptions.hasNonNull("createAction")).as("nothing to create here").isFalse();
        assertThat(subscriptions.path("updateAction").asText()).as("Update opens Manage OTP").isEqualTo("mag-manage-otp");
        JsonNode row = subscriptions.path("userCredentialMetadatas");
        assertThat(row).hasSize(1);
        assertThat(row.get(0).path("credential").path("userLabel").asText()).isEqualTo("phone");
        assertThat(row.get(0).path("credential").path("createdDate").asLong()).as("activation").isEqualTo(activated.toEpochMilli());
        assertThat(row.get(0).path("credential").has("secretData")).isFalse();
        assertThat(row.get(0).path("infoMessage").path("key").asText()).isEqualTo("magOtpSubscriptionValidUntil");
        assertThat(row.get(0).path("infoMessage").path("parameters").get(0).asText()).isEqualTo(AccountConsoleTexts.day(expires, "en"));

        JsonNode keycloakOtp = container(types, "otp");
        assertThat(keycloakOtp).as("Keycloak's own OTP entry is unchanged").isNotNull();
        assertThat(keycloakOtp.path("userCredentialMetadatas").get(0).path("credential").path("id").asText()).isEqualTo(otp.getId());
        assertThat(keycloakOtp.path("removeable").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("an expired subscription is shown as expired, with how to renew")
    void expiredSubscriptionShowsAWarning() throws Exception {
        String userId = users.createWithOtp("eli", "eli", "account-secret-" + users.username("s"));
        String otpId = credentials(userId, "otp").get(0).getId();
        String operatorToken = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        Instant expiry = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> set = new OtpSubscriptionsApi(realm).setDates(userId, otpId,
                expiry.atZone(ZoneOffset.UTC).minusYears(1).toInstant().toString(), expiry.toString(), operatorToken);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        JsonNode row = container(credentialTypes("eli"), SUBSCRIPTION).path("userCredentialMetadatas").get(0);

        assertThat(row.path("credential").path("userLabel").asText()).isEqualTo("phone");
        assertThat(row.has("infoMessage") && !row.path("infoMessage").isNull()).isFalse();
        assertThat(row.path("warningMessageTitle").path("key").asText()).isEqualTo("magOtpSubscriptionExpiredOn");
        assertThat(row.path("warningMessageTitle").path("parameters").get(0).asText()).isEqualTo(AccountConsoleTexts.day(expiry, "en"));
        assertThat(row.path("warningMessageDescription").path("key").asText()).isEqualTo("magOtpSubscriptionRenewHint");
    }

    @Test
    @DisplayName("a credential an admin created gets its subscription row when its holder signs in")
    void importedCredentialIsRecordedAtSignIn() throws Exception {
        String userId = users.createWithOtp("fay", "fay", "account-secret-" + users.username("s"));
        assertThat(credentials(userId, SUBSCRIPTION)).as("nothing recorded before a sign-in").isEmpty();

        oauth.openLoginForm();
        new SignInPage(browser).signIn(users.username("fay"), TestUsers.PASSWORD);
        assertThat(oauth.parseLoginResponse().getCode()).isNotNull();

        assertThat(credentials(userId, SUBSCRIPTION)).hasSize(1);
        Instant activated = Instant.ofEpochMilli(credentials(userId, "otp").get(0).getCreatedDate());
        JsonNode row = container(credentialTypes("fay"), SUBSCRIPTION).path("userCredentialMetadatas").get(0);
        assertThat(row.path("infoMessage").path("parameters").get(0).asText())
                .isEqualTo(AccountConsoleTexts.day(activated.atZone(ZoneOffset.UTC).plusYears(1).toInstant(), "en"));
    }

    @Test
    @DisplayName("a German and a French reader get the dates in the console's long date style of their language, an expired one too; the admin label is an ISO interval")
    void datesAreWrittenInTheReadersLanguage() throws Exception {
        String hansId = users.createWithOtp("hans", "hans", "account-secret-" + users.username("h"));
        speaks(hansId, "de");
        String claireId = users.createWithOtp("claire", "claire", "account-secret-" + users.username("c"));
        speaks(claireId, "fr");
        String otpId = credentials(claireId, "otp").get(0).getId();
        Instant lapsed = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String operatorToken = new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        HttpResponse<String> set = new OtpSubscriptionsApi(realm).setDates(claireId, otpId,
                lapsed.atZone(ZoneOffset.UTC).minusYears(1).toInstant().toString(), lapsed.toString(), operatorToken);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        Instant hansExpiry = Instant.ofEpochMilli(credentials(hansId, "otp").get(0).getCreatedDate()).atZone(ZoneOffset.UTC).plusYears(1).toInstant();

        JsonNode hans = container(credentialTypes("hans"), SUBSCRIPTION).path("userCredentialMetadatas").get(0);
        JsonNode claire = container(credentialTypes("claire"), SUBSCRIPTION).path("userCredentialMetadatas").get(0);

        assertThat(hans.path("infoMessage").path("key").asText()).isEqualTo("magOtpSubscriptionValidUntil");
        assertThat(hans.path("infoMessage").path("parameters").get(0).asText()).isEqualTo(AccountConsoleTexts.day(hansExpiry, "de"));
        assertThat(claire.path("warningMessageTitle").path("key").asText()).isEqualTo("magOtpSubscriptionExpiredOn");
        assertThat(claire.path("warningMessageTitle").path("parameters").get(0).asText()).isEqualTo(AccountConsoleTexts.day(lapsed, "fr"));
        assertThat(credentials(claireId, SUBSCRIPTION).get(0).getUserLabel())
                .as("the administrators' label: the same in every language")
                .isEqualTo(isoDay(lapsed.atZone(ZoneOffset.UTC).minusYears(1).toInstant()) + "/" + isoDay(lapsed) + " · otp " + otpId);
    }

    @Test
    @DisplayName("a user without OTP sees no subscription entry")
    void noEntryWithoutOtp() throws Exception {
        users.create("gus", "gus");

        assertThat(container(credentialTypes("gus"), SUBSCRIPTION)).isNull();
    }
}
