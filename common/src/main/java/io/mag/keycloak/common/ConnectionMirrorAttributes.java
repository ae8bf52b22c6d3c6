package io.mag.keycloak.common;

/**
 * Names of the user attributes in which account connections mirror who is connected to whom.
 * The connections capability writes them; other capabilities read them (application access lets
 * a parent through a connected child's access) without depending on that capability.
 */
public final class ConnectionMirrorAttributes {

    /** On a child: the username of its parent. */
    public static final String PARENT = "magConnectedParent";
    /** On a parent: the usernames of its children. */
    public static final String CHILDREN = "magConnectedChildren";

    private ConnectionMirrorAttributes() {
    }
}
