package io.mag.keycloak.connection;

import org.keycloak.models.ModelException;

/**
 * The database did not grant the lock on an account within its lock timeout: another change of
 * one of the two accounts is still running. Nothing was changed; the request can be repeated.
 */
public final class AccountsBusyException extends ModelException {

    public AccountsBusyException(Throwable cause) {
        super("An account of the connection is locked by another transaction", cause);
    }
}
