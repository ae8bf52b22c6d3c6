package io.mag.keycloak.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Two parents connect the same child at the same moment: the database's unique constraint on the
 * child lets exactly one win, and the other gets a clear refusal.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class ConcurrentConnectIT {

    private static final int ROUNDS = 5;

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @Test
    void exactlyOneOfTwoConcurrentConnectsOfOneChildWins() throws Exception {
        ConnectionsApi api = new ConnectionsApi(realm);
        String token = api.token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                TestUsers users = new TestUsers(realm);
                String firstParent = users.create("first-parent", "lee");
                String secondParent = users.create("second-parent", "lee");
                String child = users.create("child", "lee");

                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return api.connect(firstParent, child, token);
                }, pool);
                CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return api.connect(secondParent, child, token);
                }, pool);
                start.countDown();

                List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 409);
                HttpResponse<String> loser = first.get().statusCode() == 409 ? first.get() : second.get();
                assertThat(ConnectionsApi.json(loser).get("error").asText()).isEqualTo("magConnectRefusedAlreadyChild");
                assertThat(ConnectionsApi.json(api.get("users/" + child, token)).get("parent").isNull())
                        .as("the child has a parent").isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
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
