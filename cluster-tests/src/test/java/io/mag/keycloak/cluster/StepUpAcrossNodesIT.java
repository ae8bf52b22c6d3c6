package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Application;
import io.mag.keycloak.cluster.support.Browser;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.Page;
import io.mag.keycloak.cluster.support.SignIn;
import io.mag.keycloak.cluster.support.Totp;

/**
 * OTP step-up when a load balancer sends each request to another node: the password session
 * created on node A is elevated on node B (the SSO session lives in the distributed caches).
 */
class StepUpAcrossNodesIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    @Test
    @DisplayName("signed in with the password on node A, stepped up with the OTP on node B: the token says acr 2")
    void passwordOnAOtpOnB() {
        String secret = "otp-secret-" + admin.username("s");
        String user = admin.createUserWithOtp("user", "pat", secret);
        Browser browser = new Browser();
        Application sourcing = Application.sourcing();
        Application portal = Application.supplierPortal();

        Page signedIn = SignIn.withPassword(browser, sourcing, admin.username("user"), a, a);
        JsonNode password = Application.accessToken(sourcing.tokens(sourcing.code(signedIn), a));
        assertThat(password.get("acr").asText()).isEqualTo("1");
        assertThat(password.get("sub").asText()).isEqualTo(user);

        Page otpPage = browser.get(portal.authorizationUrl(), b);
        assertThat(otpPage.findForm(SignIn.FORM)).as("no password page on node B: the session of node A is known").isEmpty();
        Page elevated = browser.follow(browser.submit(otpPage.form("kc-otp-login-form").set("otp", Totp.code(secret)), b), b);

        JsonNode token = Application.accessToken(portal.tokens(portal.code(elevated), b));
        assertThat(token.get("acr").asText()).isEqualTo("2");
        assertThat(token.get("sub").asText()).isEqualTo(user);
        assertThat(token.get("iss").asText()).as("one issuer for both nodes").isEqualTo(cluster.realmUrl());
    }
}
