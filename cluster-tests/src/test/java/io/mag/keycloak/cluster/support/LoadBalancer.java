package io.mag.keycloak.cluster.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A round-robin load balancer without sticky sessions, as far as the tests need one: each request
 * goes to the next node in rotation. A node is taken out of rotation before it is stopped and put
 * back once it is ready, as a load balancer's health checks would.
 */
public final class LoadBalancer {

    private final List<Node> rotation;
    private final Map<Node, Instant> removedAt = new HashMap<>();
    private int next;

    public LoadBalancer(List<Node> nodes) {
        this.rotation = new ArrayList<>(nodes);
    }

    public synchronized Node next() {
        if (rotation.isEmpty()) {
            throw new IllegalStateException("no node in rotation");
        }
        return rotation.get(next++ % rotation.size());
    }

    public synchronized void remove(Node node) {
        rotation.remove(node);
        removedAt.put(node, Instant.now());
    }

    public synchronized void add(Node node) {
        if (!rotation.contains(node)) {
            rotation.add(node);
        }
    }

    /** Whether {@code node} left the rotation at or after {@code since}: requests then in flight there may fail. */
    public synchronized boolean removedSince(Node node, Instant since) {
        Instant removed = removedAt.get(node);
        return removed != null && !removed.isBefore(since);
    }
}
