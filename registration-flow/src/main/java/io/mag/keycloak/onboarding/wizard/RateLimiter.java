package io.mag.keycloak.onboarding.wizard;

import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * A fixed-window request counter per client address, kept in Keycloak's SingleUseObjectProvider
 * so that every node of a cluster counts together and the counters expire by themselves. The
 * window holds {@code limit} slots; a request takes the next free slot with the atomic
 * {@code putIfAbsent}, and is refused when none is left. A hint entry remembers roughly how many
 * slots are taken so that a request tries one or two slots, not all of them.
 */
final class RateLimiter {

    private final SingleUseObjectProvider store;

    RateLimiter(SingleUseObjectProvider store) {
        this.store = store;
    }

    /** True if the request may proceed; false when the address used up its window. */
    boolean tryAcquire(String realmId, String address, int limit, int windowSeconds) {
        if (limit <= 0) {
            return true;
        }
        long now = Time.currentTime();
        long window = now / windowSeconds;
        long ttl = (window + 1) * windowSeconds - now + 1;
        // The limit and the window length are part of the key: changing them starts fresh counters.
        String prefix = "mag-reg-rate:" + realmId + ":" + address + ":" + windowSeconds + ":" + limit + ":" + window;
        String hintKey = prefix + ":n";
        int start = 0;
        Map<String, String> hint = store.get(hintKey);
        if (hint != null) {
            try {
                start = Math.max(0, Integer.parseInt(hint.getOrDefault("n", "0")));
            } catch (NumberFormatException ignored) {
                start = 0;
            }
        }
        for (int slot = start; slot < limit; slot++) {
            if (store.putIfAbsent(prefix + ":" + slot, ttl)) {
                store.put(hintKey, ttl, Map.of("n", String.valueOf(slot + 1)));
                return true;
            }
        }
        return false;
    }
}
