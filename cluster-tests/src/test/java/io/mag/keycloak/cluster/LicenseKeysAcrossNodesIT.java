package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Application;
import io.mag.keycloak.cluster.support.Browser;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.Form;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.Page;
import io.mag.keycloak.cluster.support.SignIn;
import io.mag.keycloak.cluster.support.Totp;
import io.mag.keycloak.cluster.support.Waits;

/**
 * A license key buys one OTP credential, also when it is used in two browsers on both nodes at the
 * same moment: the key is checked on its page and redeemed in the transaction that creates the
 * credential, by one conditional UPDATE in the shared database.
 */
class LicenseKeysAcrossNodesIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    /** A browser signed in with the password (OTP setup requested) that has passed the license key page with {@code key}: Keycloak's OTP setup form. */
    private Form otpSetupWithKey(Browser browser, String username, String key, Node node) {
        Application sourcing = Application.sourcing();
        Page login = browser.get(sourcing.authorizationUrl() + "&kc_action=CONFIGURE_TOTP", node);
        Form password = login.form(SignIn.FORM).set("username", username).set("password", Admin.PASSWORD);
        Page licensePage = browser.follow(browser.submit(password, node), node);
        Form license = licensePage.form("mag-otp-setup-license-form").set("licenseKey", key).set("mag-otp-license-submit", "true");
        Page setup = browser.follow(browser.submit(license, node), node);
        return setup.form("kc-totp-settings-form");
    }

    @Test
    @DisplayName("one license key used in two browsers on node A and node B at once sets up one OTP credential; the other browser is back at the license key page")
    void sameKeyOnBothNodesAtOnceBuysOneCredential() throws Exception {
        admin.realmAttribute("magOtpIncluded", "false");
        String userId = admin.createUser("buyer", "buyer");
        String username = admin.username("buyer");
        String key = admin.post("/mag-otp-subscriptions/users/" + userId + "/license-keys", "").expect(201).json().path("key").asText();
        Browser first = new Browser();
        Browser second = new Browser();
        Form onA = otpSetupWithKey(first, username, key, a);
        Form onB = otpSetupWithKey(second, username, key, b);

        // Each browser's code for its own secret, in one 30-second step.
        Waits.until("a TOTP step with 10 s left", Duration.ofSeconds(31),
                () -> Instant.now().getEpochSecond() % 30 < 20 ? Boolean.TRUE : null);
        onA.set("totp", Totp.code(onA.fields().get("totpSecret"))).set("userLabel", "phone A");
        onB.set("totp", Totp.code(onB.fields().get("totpSecret"))).set("userLabel", "phone B");
        CompletableFuture<Page> postA = CompletableFuture.supplyAsync(() -> first.follow(first.submit(onA, a), a));
        CompletableFuture<Page> postB = CompletableFuture.supplyAsync(() -> second.follow(second.submit(onB, b), b));
        List<Page> answers = List.of(postA.get(), postB.get());

        List<Page> setUp = answers.stream().filter(page -> page.isRedirect() && page.redirectParameters().containsKey("code")).toList();
        assertThat(setUp).as("answers: %s", answers).hasSize(1);
        Page refused = answers.stream().filter(page -> !setUp.contains(page)).findFirst().orElseThrow();
        assertThat(refused.findForm("mag-otp-setup-license-form")).as("refused: back at the license key page: %s\n%s", refused, refused.abbreviated()).isPresent();
        assertThat(refused.body()).contains("This license key cannot be used");

        long otpCredentials = 0;
        for (JsonNode credential : admin.at(b).get("/users/" + userId + "/credentials").expect(200).json()) {
            if ("otp".equals(credential.path("type").asText())) {
                otpCredentials++;
            }
        }
        assertThat(otpCredentials).as("OTP credentials bought with one key").isEqualTo(1);
        JsonNode keys = admin.at(b).get("/mag-otp-subscriptions/users/" + userId + "/license-keys").expect(200).json();
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).path("redeemedAt").isNull() || keys.get(0).path("redeemedAt").isMissingNode()).as("the key is used: %s", keys).isFalse();
    }
}
