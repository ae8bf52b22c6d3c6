package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.mag.keycloak.cluster.support.Admin;
import io.mag.keycloak.cluster.support.Application;
import io.mag.keycloak.cluster.support.Browser;
import io.mag.keycloak.cluster.support.Cluster;
import io.mag.keycloak.cluster.support.Form;
import io.mag.keycloak.cluster.support.LoadBalancer;
import io.mag.keycloak.cluster.support.Node;
import io.mag.keycloak.cluster.support.Page;
import io.mag.keycloak.cluster.support.SignIn;
import io.mag.keycloak.cluster.support.Waits;

/**
 * A rolling restart (node A, then node B) under a steady trickle of sign-ins through a round-robin
 * load balancer without sticky sessions: every sign-in succeeds, except one that had a request in
 * flight on a node as it left the rotation.
 */
class RollingRestartIT {

    private final Cluster cluster = Cluster.get();
    private final Node a = cluster.a();
    private final Node b = cluster.b();

    /** One sign-in of the trickle: the nodes its requests went to, and what went wrong ("" if nothing). */
    private record Attempt(Instant start, Set<Node> nodes, String failure) {
    }

    @AfterEach
    void bothNodesRun() {
        for (Node node : cluster.nodes()) {
            if (!node.isReady()) {
                node.start();
            }
        }
    }

    /** A password sign-in and code exchange, each request through the load balancer. */
    private static Attempt signIn(LoadBalancer balancer, String username) {
        Instant start = Instant.now();
        Set<Node> used = new LinkedHashSet<>();
        try {
            Browser browser = new Browser();
            Application sourcing = Application.sourcing();
            Node first = balancer.next();
            used.add(first);
            Page login = browser.get(sourcing.authorizationUrl(), first);
            Form form = login.form(SignIn.FORM).set("username", username).set("password", Admin.PASSWORD);
            Node second = balancer.next();
            used.add(second);
            Page answer = browser.follow(browser.submit(form, second), second);
            Node third = balancer.next();
            used.add(third);
            Application.accessToken(sourcing.tokens(sourcing.code(answer), third));
            return new Attempt(start, used, "");
        } catch (RuntimeException | AssertionError e) {
            return new Attempt(start, used, e.toString());
        }
    }

    private static long logSize(Node node) {
        try {
            return Files.size(node.dir().resolve("server.log"));
        } catch (IOException e) {
            return 0;
        }
    }

    /** Stops the node cleanly after taking it out of rotation, starts it, waits until it has rejoined, puts it back. */
    private void restart(Node node, LoadBalancer balancer, List<Attempt> attempts) {
        balancer.remove(node);
        node.stop();
        long offset = logSize(node);
        node.start();
        Waits.until(node + " rejoins (a view of two members in its log)", Duration.ofSeconds(90), () -> {
            try {
                String log = Files.readString(node.dir().resolve("server.log"));
                return log.substring((int) Math.min(offset, log.length())).matches("(?s).*ISPN000094[^\\n]*\\(2\\).*") ? Boolean.TRUE : null;
            } catch (IOException e) {
                return null;
            }
        });
        balancer.add(node);
        int before = attempts.size();
        Waits.until("three more sign-ins after " + node + " is back", Duration.ofSeconds(60),
                () -> attempts.size() >= before + 3 ? Boolean.TRUE : null);
    }

    @Test
    @DisplayName("rolling restart under a trickle of sign-ins: none fails but those in flight on the node leaving the rotation")
    void rollingRestartKeepsSigningIn() throws Exception {
        Admin admin = Admin.signIn(a);
        admin.createUser("trickle", "tia");
        String username = admin.username("trickle");
        LoadBalancer balancer = new LoadBalancer(cluster.nodes());
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread trickle = new Thread(() -> {
            while (running.get()) {
                attempts.add(signIn(balancer, username));
                Waits.pause(Duration.ofMillis(500));
            }
        }, "sign-in trickle");
        trickle.start();
        try {
            Waits.until("three sign-ins before the restarts", Duration.ofSeconds(60), () -> attempts.size() >= 3 ? Boolean.TRUE : null);
            restart(a, balancer, attempts);
            restart(b, balancer, attempts);
        } finally {
            running.set(false);
            trickle.join(Duration.ofSeconds(90).toMillis());
        }

        List<Attempt> all;
        synchronized (attempts) {
            all = new ArrayList<>(attempts);
        }
        List<Attempt> unexcused = all.stream()
                .filter(attempt -> !attempt.failure().isEmpty())
                .filter(attempt -> attempt.nodes().stream().noneMatch(node -> balancer.removedSince(node, attempt.start())))
                .toList();
        assertThat(unexcused).as("failed sign-ins not in flight on a node leaving the rotation").isEmpty();
        assertThat(all.stream().filter(attempt -> attempt.failure().isEmpty()).count())
                .as("successful sign-ins among %d", all.size()).isGreaterThanOrEqualTo(9);
    }
}
