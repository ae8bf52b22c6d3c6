package io.mag.keycloak.it.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Connects that share an account, sent at the same moment: the database decides. Two parents of
 * one child meet the unique constraint on the child; crossing connects (a chain or a cycle in the
 * making) meet the row locks a connect holds on both accounts while it checks the one-level rule.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ConcurrentConnectIT {

    private static final int ROUNDS = 5;
    /**
     * The loser's answer when the database's lock timeout (H2: seconds) ran out while the winner
     * still held the lock: refused too, with "try again".
     */
    private static final String BUSY = "magConnectRefusedBusy";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    private ConnectionsApi api;
    private String token;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        api = new ConnectionsApi(realm);
        token = api.token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void exactlyOneOfTwoConcurrentConnectsOfOneChildWins() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            TestUsers users = new TestUsers(realm);
            String firstParent = users.create("first-parent", "lee");
            String secondParent = users.create("second-parent", "lee");
            String child = users.create("child", "lee");

            List<HttpResponse<String>> responses = race(firstParent, child, secondParent, child);

            assertThat(statuses(responses)).as("round " + round).containsExactlyInAnyOrder(201, 409);
            assertThat(error(loser(responses))).isIn("magConnectRefusedAlreadyChild", BUSY);
            assertThat(connections(child).get("parent").isNull()).as("the child has a parent").isFalse();
        }
    }

    @Test
    @DisplayName("A takes B while B takes C: one commits, the other is refused, and no chain A-B-C exists")
    void crossingConnectsNeverBuildAChain() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            TestUsers users = new TestUsers(realm);
            String a = users.create("a", "kim");
            String b = users.create("b", "kim");
            String c = users.create("c", "kim");

            List<HttpResponse<String>> responses = race(a, b, b, c);

            assertThat(statuses(responses)).as("round " + round).containsExactlyInAnyOrder(201, 409);
            assertThat(error(loser(responses))).isIn("magConnectRefusedChildIsParent", "magConnectRefusedParentIsChild", BUSY);
            JsonNode middle = connections(b);
            boolean bIsChild = !middle.get("parent").isNull();
            boolean bIsParent = middle.path("children").size() > 0;
            assertThat(bIsChild && bIsParent).as("round %d: B is both child and parent: %s", round, middle).isFalse();
            assertThat(bIsChild || bIsParent).as("round %d: one of the two connects committed: %s", round, middle).isTrue();
        }
    }

    @Test
    @DisplayName("A takes B while B takes A: one commits, the other is refused, and no cycle exists")
    void opposingConnectsNeverBuildACycle() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            TestUsers users = new TestUsers(realm);
            String a = users.create("a", "max");
            String b = users.create("b", "max");

            List<HttpResponse<String>> responses = race(a, b, b, a);

            assertThat(statuses(responses)).as("round " + round).containsExactlyInAnyOrder(201, 409);
            assertThat(error(loser(responses))).isIn("magConnectRefusedChildIsParent", "magConnectRefusedParentIsChild",
                    "magConnectRefusedAlreadyChild", BUSY);
            boolean aIsChild = !connections(a).get("parent").isNull();
            boolean bIsChild = !connections(b).get("parent").isNull();
            assertThat(aIsChild ^ bIsChild).as("round %d: exactly one of A and B is a child (A %s, B %s)", round, aIsChild, bIsChild)
                    .isTrue();
        }
    }

    /** Sends both connect requests at the same instant and waits for both answers. */
    private List<HttpResponse<String>> race(String firstParent, String firstChild, String secondParent, String secondChild)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            await(start);
            return api.connect(firstParent, firstChild, token);
        }, pool);
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> {
            await(start);
            return api.connect(secondParent, secondChild, token);
        }, pool);
        start.countDown();
        return List.of(first.get(), second.get());
    }

    private static List<Integer> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().map(HttpResponse::statusCode).toList();
    }

    private static HttpResponse<String> loser(List<HttpResponse<String>> responses) {
        return responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
    }

    private static String error(HttpResponse<String> response) {
        return ConnectionsApi.json(response).get("error").asText();
    }

    private JsonNode connections(String userId) {
        HttpResponse<String> response = api.get("users/" + userId, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ConnectionsApi.json(response);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
