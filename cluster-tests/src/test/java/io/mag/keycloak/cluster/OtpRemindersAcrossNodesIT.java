package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.HttpJson;
import io.mag.keycloak.cluster.support.Mailbox;
import io.mag.keycloak.cluster.support.Node;

/**
 * The OTP expiry reminders with two nodes: the task (cluster-aware, and runnable now through the
 * admin endpoint) may run on both nodes at the same moment; each reminder still goes out once.
 */
class OtpRemindersAcrossNodesIT {

    private static final String REMINDER = "Your OTP subscription expires in";

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();
    private final Admin admin = Admin.signIn(a);

    @Test
    @DisplayName("the reminder task run on node A and node B at the same moment sends the 30-day reminder once")
    void reminderRunsOnBothNodesSendOnce() throws Exception {
        String user = admin.createUserWithOtp("user", "rita", "reminder-secret-" + admin.username("s"));
        String credential = admin.get("/users/" + user + "/credentials").expect(200).json().findParents("type").stream()
                .filter(c -> "otp".equals(c.path("type").asText())).findFirst().orElseThrow().path("id").asText();
        Instant expiry = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        HttpJson.put(admin.url("/mag-otp-subscriptions/users/" + user + "/credentials/" + credential), Map.of(
                "activatedAt", expiry.atZone(ZoneOffset.UTC).minusYears(1).toInstant().toString(),
                "expiresAt", expiry.toString()), admin.token()).expect(200);
        Admin onB = admin.at(b);
        onB.token();

        CompletableFuture<HttpJson> onA = CompletableFuture.supplyAsync(() -> admin.post("/mag-otp-subscriptions/reminders", ""));
        CompletableFuture<HttpJson> onNodeB = CompletableFuture.supplyAsync(() -> onB.post("/mag-otp-subscriptions/reminders", ""));
        JsonNode runA = onA.get().expect(200).json();
        JsonNode runB = onNodeB.get().expect(200).json();

        String email = admin.email("rita");
        assertThat(Mailbox.await(email, REMINDER).subject()).contains("expires in 20 days");
        Mailbox.assertNoMore(email, REMINDER, 1);
        assertThat(runA.path("sent").asInt() + runB.path("sent").asInt()).as("sent by A: %s, by B: %s", runA, runB)
                .isGreaterThanOrEqualTo(1);

        onB.post("/mag-otp-subscriptions/reminders", "").expect(200);
        Mailbox.assertNoMore(email, REMINDER, 1);
    }
}
