package io.mag.keycloak.common.queue;

import java.util.Locale;
import java.util.Optional;

/** What an operator decided on a queue item. */
public enum QueueDecision {
    APPROVE,
    REJECT;

    /** The console's value ({@code approve}, {@code reject}), if it is one. */
    public static Optional<QueueDecision> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "approve" -> Optional.of(APPROVE);
            case "reject" -> Optional.of(REJECT);
            default -> Optional.empty();
        };
    }

    /** The console's value of this decision. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
