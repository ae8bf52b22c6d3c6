package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
 * One-time things stay one-time when two nodes answer at the same moment: the realm's OTP policy
 * forbids reusing a code, and that must hold cluster-wide, not per node.
 */
class OneTimeCodesAcrossNodesIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    /** A browser at the OTP page of the OTP-required application, after the password on node A. */
    private Form otpPage(Browser browser, Application portal, String username) {
        Page afterPassword = SignIn.withPassword(browser, portal, username, a, a);
        return afterPassword.form("kc-otp-login-form");
    }

    @Test
    @DisplayName("the same OTP code posted to node A and node B at once signs in once; the other is refused")
    void sameCodeOnBothNodesAtOnceSucceedsOnce() throws Exception {
        String secret = "otp-secret-" + admin.username("s");
        admin.createUserWithOtp("user", "otto", secret);
        String username = admin.username("user");
        Browser first = new Browser();
        Browser second = new Browser();
        Application portalOne = Application.supplierPortal();
        Application portalTwo = Application.supplierPortal();
        Form one = otpPage(first, portalOne, username);
        Form two = otpPage(second, portalTwo, username);

        // Both posts must fall into one 30-second step: wait for a fresh one when this is about to end.
        Waits.until("a TOTP step with 10 s left", Duration.ofSeconds(31),
                () -> Instant.now().getEpochSecond() % 30 < 20 ? Boolean.TRUE : null);
        String code = Totp.code(secret);
        CompletableFuture<Page> onA = CompletableFuture.supplyAsync(() -> first.follow(first.submit(one.set("otp", code), a), a));
        CompletableFuture<Page> onB = CompletableFuture.supplyAsync(() -> second.follow(second.submit(two.set("otp", code), b), b));
        List<Page> answers = List.of(onA.get(), onB.get());

        List<Page> signedIn = answers.stream().filter(page -> page.isRedirect() && page.redirectParameters().containsKey("code")).toList();
        assertThat(signedIn).as("answers: %s", answers).hasSize(1);
        Page refused = answers.stream().filter(page -> !signedIn.contains(page)).findFirst().orElseThrow();
        assertThat(refused.isRedirect()).as("refused: %s", refused).isFalse();
        assertThat(refused.findForm("kc-otp-login-form")).as("the OTP page again").isPresent();
        assertThat(refused.body()).contains("Invalid authenticator code");
    }
}
