package io.mag.keycloak.cluster.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polling for what the cluster does in its own time (cache invalidation, mail, start-up). */
public final class Waits {

    private Waits() {
    }

    /** Polls until {@code value} is non-null, for at most {@code timeout}; returns it or fails with {@code what}. */
    public static <T> T until(String what, Duration timeout, Supplier<T> value) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T result = value.get();
            if (result != null) {
                return result;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            pause(Duration.ofMillis(200));
        }
    }

    /** Paces a loop (a trickle of requests, a poll); never used to wait for a result. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
