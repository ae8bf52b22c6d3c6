package io.mag.keycloak.login;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.connection.cache.ConnectedParentId;

/** The rule every sign-in path enforces: a connected child never signs in; its parent does. */
final class ConnectedChildren {

    /** Event error of a refused child sign-in. */
    static final String ERROR = "user_connected_to_parent";
    /** Message key (login theme) shown to the refused child. */
    static final String MESSAGE = "magChildSignInRefused";

    private ConnectedChildren() {
    }

    /** Through the user cache: every sign-in asks, and nearly every user is no child. */
    static boolean isConnectedChild(KeycloakSession session, RealmModel realm, UserModel user) {
        return user != null && ConnectedParentId.of(session, realm, user.getId()).isPresent();
    }
}
