package io.mag.keycloak.connection;

import org.keycloak.models.ModelException;

/** The account is already the child of a parent (possibly connected a moment ago by someone else). */
public final class ChildAlreadyConnectedException extends ModelException {

    public ChildAlreadyConnectedException(String childId, Throwable cause) {
        super("Account " + childId + " is already connected to a parent", cause);
    }
}
