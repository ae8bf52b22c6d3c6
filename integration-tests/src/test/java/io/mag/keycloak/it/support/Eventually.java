package io.mag.keycloak.it.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something the server does after a response (work after a commit: an event, an email
 * attempt): probes until the condition holds, and fails with the last value seen when it does not
 * within the wait.
 */
public final class Eventually {

    static final Duration WAIT = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 100;

    private Eventually() {
    }

    /** The first value of {@code probe} that satisfies {@code done}. */
    public static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }
}
