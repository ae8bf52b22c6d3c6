package io.mag.keycloak.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.TimeBasedOTP;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.oauth.OAuthClient;
import org.keycloak.testframework.oauth.annotations.InjectOAuthClient;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;
import org.keycloak.testsuite.util.oauth.AuthorizationEndpointResponse;
import org.openqa.selenium.By;

import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.ManageOtpScreen;
import io.mag.keycloak.it.support.OtpPage;
import io.mag.keycloak.it.support.OtpRequiredApplication;
import io.mag.keycloak.it.support.SignInPage;
import io.mag.keycloak.it.support.TestUsers;
import io.mag.keycloak.it.support.Tokens;

/**
 * OTP step-up: an application with Keycloak's "Minimum ACR value" 2 makes a password session
 * show only the one-time-password page, and every way around it fails.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class StepUpIT {

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver browser;

    /** An application open at password strength. */
    @InjectOAuthClient
    OAuthClient plainApp;

    @InjectOAuthClient(ref = "otp", config = OtpRequiredApplication.class)
    OAuthClient otpApp;

    @InjectTimeOffSet
    TimeOffSet clock;

    TestUsers users;
    OtpPage otpPage;
    String secret;
    String username;

    @BeforeEach
    void aUserWithPasswordAndOtp() {
        users = new TestUsers(realm);
        otpPage = new OtpPage(browser);
        secret = "otp-secret-" + users.username("s");
        username = users.username("user");
        users.createWithOtp("user", "pat", secret);
        SignInPage.signOut(browser, realm);
    }

    private String currentCode() {
        return new TimeBasedOTP().generateTOTP(secret);
    }

    /** Signs in at the plain application with the password: a password-strength session. */
    private AccessTokenResponse passwordSession() {
        plainApp.openLoginForm();
        new SignInPage(browser).signIn(username, TestUsers.PASSWORD);
        AuthorizationEndpointResponse response = plainApp.parseLoginResponse();
        assertThat(response.getCode()).as("password sign-in at the plain application").isNotNull();
        return plainApp.doAccessTokenRequest(response.getCode());
    }

    @Test
    @DisplayName("a password session asks only for the OTP at an OTP-required application and then carries acr 2")
    void otpRequiredApplicationAsksOnlyForOtp() {
        AccessToken password = Tokens.accessToken(passwordSession());
        assertThat(password.getAcr()).isEqualTo("1");
        assertThat(password.getOtherClaims()).containsEntry("credential_strength", "password");

        otpApp.openLoginForm();
        assertThat(otpPage.isShown()).as("OTP page").isTrue();
        assertThat(otpPage.asksForUsernameOrPassword()).isFalse();
        assertThat(otpPage.heading()).as("the page names the application that asks")
                .isEqualTo(OtpRequiredApplication.NAME + " requires a one-time password");
        assertThat(otpPage.reason()).isEqualTo(
                "This application protects its data with a second factor. Enter the current code from your authenticator app to continue.");
        otpPage.enter(currentCode());

        AccessToken elevated = Tokens.accessToken(otpApp.doAccessTokenRequest(otpApp.parseLoginResponse().getCode()));
        assertThat(elevated.getAcr()).isEqualTo("2");
        assertThat(elevated.getOtherClaims()).containsEntry("credential_strength", "otp");
    }

    @Test
    @DisplayName("an application that does not require OTP never asks for it")
    void plainApplicationDoesNotAsk() {
        plainApp.openLoginForm();
        new SignInPage(browser).signIn(username, TestUsers.PASSWORD);
        assertThat(otpPage.isShown()).isFalse();
        assertThat(plainApp.parseLoginResponse().getCode()).isNotNull();
    }

    @Test
    @DisplayName("asking for a lower acr, by acr_values or by claims, still gets the OTP page")
    void lowerAcrRequestsAreRaised() {
        passwordSession();

        otpApp.loginForm().param("acr_values", "1").open();
        assertThat(otpPage.isShown()).as("acr_values=1").isTrue();

        otpApp.loginForm().param("claims", encoded("{\"id_token\":{\"acr\":{\"values\":[\"1\"]}}}")).open();
        assertThat(otpPage.isShown()).as("claims: acr 1").isTrue();

        // An essential acr below the application's minimum is refused outright (Keycloak's rule).
        otpApp.loginForm().param("claims", encoded("{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"1\"]}}}")).open();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Invalid parameter: claims");
        assertThat(browser.getCurrentUrl()).startsWith(realm.getBaseUrl());
    }

    @Test
    @DisplayName("prompt=none on a password session at an OTP-required application: interaction_required, no code")
    void promptNoneCannotElevate() {
        passwordSession();

        otpApp.loginForm().prompt("none").open();
        AuthorizationEndpointResponse response = otpApp.parseLoginResponse();

        assertThat(response.getCode()).isNull();
        // Our client policy executor mag-passive-step-up; Keycloak alone answers login_required.
        assertThat(response.getError()).isEqualTo("interaction_required");
    }

    @Test
    @DisplayName("prompt=none asking acr_values=2 of a plain application on a password session: interaction_required")
    void promptNoneWithAcrValuesCannotElevate() {
        passwordSession();

        plainApp.loginForm().prompt("none").param("acr_values", "2").open();
        AuthorizationEndpointResponse response = plainApp.parseLoginResponse();

        assertThat(response.getCode()).isNull();
        assertThat(response.getError()).isEqualTo("interaction_required");
    }

    @Test
    @DisplayName("prompt=none still signs in silently where the session's level is enough, and after elevation at the OTP application")
    void promptNoneSucceedsWhenTheLevelIsReached() {
        passwordSession();

        plainApp.loginForm().prompt("none").open();
        AuthorizationEndpointResponse plain = plainApp.parseLoginResponse();
        assertThat(plain.getError()).isNull();
        assertThat(Tokens.accessToken(plainApp.doAccessTokenRequest(plain.getCode())).getAcr()).isEqualTo("1");

        otpApp.openLoginForm();
        otpPage.enter(currentCode());
        assertThat(otpApp.parseLoginResponse().getCode()).isNotNull();

        otpApp.loginForm().prompt("none").open();
        AuthorizationEndpointResponse elevated = otpApp.parseLoginResponse();
        assertThat(elevated.getError()).isNull();
        assertThat(Tokens.accessToken(otpApp.doAccessTokenRequest(elevated.getCode())).getAcr()).isEqualTo("2");
    }

    @Test
    @DisplayName("prompt=none without any session is still login_required")
    void promptNoneWithoutSession() {
        otpApp.loginForm().prompt("none").open();

        assertThat(otpApp.parseLoginResponse().getError()).isEqualTo("login_required");
    }

    @Test
    @DisplayName("prompt=none with a max_age the password session has outlived is login_required, within it interaction_required")
    void promptNonePastMaxAgeIsLoginRequired() {
        passwordSession();

        otpApp.loginForm().prompt("none").param("max_age", "60").open();
        AuthorizationEndpointResponse withinMaxAge = otpApp.parseLoginResponse();
        assertThat(withinMaxAge.getCode()).isNull();
        assertThat(withinMaxAge.getError()).as("signed in less than max_age ago").isEqualTo("interaction_required");

        // Two minutes later the sign-in is older than max_age: Keycloak wants a new sign-in, which
        // under prompt=none is its login_required; our executor must leave that answer alone.
        clock.set(Duration.ofMinutes(2));
        otpApp.loginForm().prompt("none").param("max_age", "60").open();
        AuthorizationEndpointResponse pastMaxAge = otpApp.parseLoginResponse();
        assertThat(pastMaxAge.getCode()).isNull();
        assertThat(pastMaxAge.getError()).as("signed in more than max_age ago").isEqualTo("login_required");
    }

    @Test
    @DisplayName("refreshing a password-level token never yields OTP strength")
    void refreshStaysAtPasswordLevel() {
        AccessTokenResponse tokens = passwordSession();

        AccessTokenResponse refreshed = plainApp.doRefreshTokenRequest(tokens.getRefreshToken());
        AccessToken token = Tokens.accessToken(refreshed);
        assertThat(token.getAcr()).isEqualTo("1");
        assertThat(token.getOtherClaims()).containsEntry("credential_strength", "password");
    }

    @Test
    @DisplayName("a code is accepted once: replaying it in a new session is refused")
    void replayedCodeRefused() {
        passwordSession();
        String code = currentCode();
        otpApp.openLoginForm();
        otpPage.enter(code);
        assertThat(otpApp.parseLoginResponse().getCode()).isNotNull();

        SignInPage.signOut(browser, realm);
        passwordSession();
        otpApp.openLoginForm();
        otpPage.enter(code);

        assertThat(otpPage.isShown()).isTrue();
        assertThat(otpPage.error()).isEqualTo("Invalid authenticator code.");
    }

    @Test
    @DisplayName("wrong codes lock the account; then even the right code is refused, and the page says the account is locked and for how long")
    void wrongCodesLockTheAccount() {
        String userId = realm.admin().users().search(username, true).get(0).getId();
        realm.updateWithCleanup(r -> r.failureFactor(3).update(rep -> rep.setQuickLoginCheckMilliSeconds(1L)));
        passwordSession();
        otpApp.openLoginForm();
        for (int attempt = 0; attempt < 3; attempt++) {
            otpPage.enter("000000".equals(currentCode()) ? "111111" : "000000");
        }

        assertThat(realm.admin().attackDetection().bruteForceUserStatus(userId))
                .containsEntry("disabled", true)
                .containsEntry("numFailures", 3);

        otpPage.enter(currentCode());

        // The password step already proved who this is: the lock and its length are told (the
        // realm's wait increment is 60 s, so one minute), not "Invalid authenticator code".
        assertThat(otpPage.isShown()).isTrue();
        assertThat(otpPage.error()).isEqualTo("Your account is temporarily locked after too many wrong codes. Try again in 1 minute.");
        assertThat(browser.getCurrentUrl()).as("no redirect back to the application").startsWith(realm.getBaseUrl());
    }

    @Test
    @DisplayName("without any OTP credential: the page says the application requires one and offers the setup")
    void withoutOtpTheSetupIsOffered() {
        String plainUser = users.username("nootp");
        users.create("nootp", "quinn");
        plainApp.openLoginForm();
        new SignInPage(browser).signIn(plainUser, TestUsers.PASSWORD);
        plainApp.parseLoginResponse();

        otpApp.openLoginForm();
        assertThat(otpPage.requirement()).isEqualTo("missing");
        assertThat(otpPage.offersSetup()).isTrue();
        otpPage.setUpNow();
        // The realm sells OTP: the setup starts with the purchase's license key, then Keycloak's page.
        assertThat(new ManageOtpScreen(browser).showsLicenseKeyPage()).as("the OTP setup's license key page").isTrue();
    }

    @Test
    @DisplayName("without any OTP credential, Cancel on the requirement page returns to the application with error=access_denied")
    void cancelReturnsToTheApplication() {
        users.create("nootp", "cass");
        plainApp.openLoginForm();
        new SignInPage(browser).signIn(users.username("nootp"), TestUsers.PASSWORD);
        plainApp.parseLoginResponse();

        otpApp.openLoginForm();
        assertThat(otpPage.requirement()).isEqualTo("missing");
        assertThat(otpPage.offersCancel()).isTrue();
        otpPage.cancel();

        AuthorizationEndpointResponse back = otpApp.parseLoginResponse();
        assertThat(back.getError()).isEqualTo("access_denied");
        assertThat(back.getCode()).isNull();
        assertThat(browser.getCurrentUrl()).as("back at the application's redirect URI").startsWith(otpApp.getRedirectUri());
    }

    @Test
    @DisplayName("the OTP setup opened from a step-up explains the authenticator app, not \"to activate your account\"")
    void setupFromStepUpSaysWhy() {
        realm.updateWithCleanup(r -> r.update(rep -> {
            Map<String, String> attributes = rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
            attributes.put("magOtpIncluded", "true");
            rep.setAttributes(attributes);
        }));
        users.create("nootp", "sid");
        plainApp.openLoginForm();
        new SignInPage(browser).signIn(users.username("nootp"), TestUsers.PASSWORD);
        plainApp.parseLoginResponse();

        otpApp.openLoginForm();
        otpPage.setUpNow();

        assertThat(otpPage.heading()).isEqualTo("Set up your authenticator app");
        String body = browser.findElement(By.tagName("body")).getText();
        assertThat(body).contains("Set up an authenticator app for your one-time password (OTP). Applications that require OTP will ask for a code from it.");
        assertThat(body).doesNotContain("activate your account");
    }

    @Test
    @DisplayName("without any OTP credential, a realm configured to deny says so and offers nothing")
    void withoutOtpDenyConfigured() {
        AuthenticatorConfigRepresentation config = stepUpConfig();
        String original = config.getConfig().get("without-otp");
        config.getConfig().put("without-otp", "deny");
        realm.admin().flows().updateAuthenticatorConfig(config.getId(), config);
        realm.cleanup().add(r -> {
            config.getConfig().put("without-otp", original);
            r.flows().updateAuthenticatorConfig(config.getId(), config);
        });
        users.create("nootp", "rory");
        plainApp.openLoginForm();
        new SignInPage(browser).signIn(users.username("nootp"), TestUsers.PASSWORD);
        plainApp.parseLoginResponse();

        otpApp.openLoginForm();

        assertThat(otpPage.requirement()).isEqualTo("missing");
        assertThat(otpPage.offersSetup()).isFalse();
        otpPage.cancel();
        assertThat(otpApp.parseLoginResponse().getError()).as("Cancel still leads back").isEqualTo("access_denied");
    }

    @Test
    @DisplayName("an OTP credential whose annual subscription has expired does not satisfy the application")
    void expiredSubscriptionRefused() {
        clock.set(Duration.ofDays(400));
        passwordSession();

        otpApp.openLoginForm();

        assertThat(otpPage.requirement()).isEqualTo("expired");
        assertThat(otpPage.isShown()).isFalse();
    }

    @Test
    @DisplayName("elevate: any application may ask for acr 2 and gets it after the OTP")
    void elevateOnRequest() {
        passwordSession();

        plainApp.loginForm().param("acr_values", "2").open();
        assertThat(otpPage.isShown()).isTrue();
        otpPage.enter(currentCode());

        AccessToken token = Tokens.accessToken(plainApp.doAccessTokenRequest(plainApp.parseLoginResponse().getCode()));
        assertThat(token.getAcr()).isEqualTo("2");
        assertThat(token.getOtherClaims()).containsEntry("credential_strength", "otp");
    }

    private static String encoded(String json) {
        return URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    /** The step-up form's configuration in the flow the realm signs in with (its executions include subflows'). */
    private AuthenticatorConfigRepresentation stepUpConfig() {
        String browserFlow = realm.admin().toRepresentation().getBrowserFlow();
        AuthenticationExecutionInfoRepresentation execution = realm.admin().flows().getExecutions(browserFlow).stream()
                .filter(e -> "mag-otp-step-up-form".equals(e.getProviderId()))
                .findFirst()
                .orElseThrow();
        return realm.admin().flows().getAuthenticatorConfig(execution.getAuthenticationConfig());
    }
}
