package io.mag.keycloak.connection;

/** What became of a request to connect a child to a parent. */
public sealed interface ConnectOutcome {

    record Connected(AccountConnection connection) implements ConnectOutcome {
    }

    /** An eligibility rule refused; {@code messageKey} says which, in the login theme's bundle. */
    record Refused(String messageKey) implements ConnectOutcome {
    }

    /** Another parent connected this child first (the unique constraint decided a race). */
    record AlreadyConnected() implements ConnectOutcome {
    }
}
