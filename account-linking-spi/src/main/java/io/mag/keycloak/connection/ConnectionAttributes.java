package io.mag.keycloak.connection;

import java.util.List;
import java.util.Objects;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.ConnectionMirrorAttributes;

/**
 * Mirrors connections into read-only user attributes so that an admin looking at a user in the
 * admin console sees that it is a parent or a child, and of whom. The realm's user profile
 * declares both attributes as viewable by admins and editable by nobody; the table stays the
 * source of truth.
 */
public final class ConnectionAttributes {

    /** On a child: the username of its parent. */
    public static final String PARENT = ConnectionMirrorAttributes.PARENT;
    /** On a parent: the usernames of its children. */
    public static final String CHILDREN = ConnectionMirrorAttributes.CHILDREN;

    private ConnectionAttributes() {
    }

    /** Rewrites both attributes of the parent and of the child from the stored connections. */
    public static void refresh(KeycloakSession session, RealmModel realm, UserModel parent, UserModel child) {
        refresh(session, realm, parent);
        refresh(session, realm, child);
    }

    /** Rewrites both attributes of one user (it may be a parent, a child, or neither now). */
    public static void refresh(KeycloakSession session, RealmModel realm, UserModel user) {
        refreshChildren(session, realm, user);
        refreshParent(session, realm, user);
    }

    private static void refreshChildren(KeycloakSession session, RealmModel realm, UserModel parent) {
        List<String> children = session.getProvider(AccountConnectionProvider.class)
                .findByParent(realm, parent.getId())
                .map(c -> session.users().getUserById(realm, c.childId()))
                .filter(Objects::nonNull)
                .map(UserModel::getUsername)
                .toList();
        if (children.isEmpty()) {
            parent.removeAttribute(CHILDREN);
        } else {
            parent.setAttribute(CHILDREN, children);
        }
    }

    private static void refreshParent(KeycloakSession session, RealmModel realm, UserModel child) {
        session.getProvider(AccountConnectionProvider.class).findByChild(realm, child.getId())
                .map(c -> session.users().getUserById(realm, c.parentId()))
                .ifPresentOrElse(
                        parent -> child.setSingleAttribute(PARENT, parent.getUsername()),
                        () -> child.removeAttribute(PARENT));
    }
}
