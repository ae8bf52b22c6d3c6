package io.mag.keycloak.login;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.connection.AccountConnectionProvider;
import io.mag.keycloak.connection.AccountConnections;

/**
 * The accounts that "Forgot password" and "Forgot User ID?" answer for. Service-account users are
 * never among them (nobody signs in as one).
 */
final class RecoverableAccounts {

    private final KeycloakSession session;
    private final RealmModel realm;

    RecoverableAccounts(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * What a password reset for {@code name} goes to: the account with this User ID (even a
     * connected child: the flow's child guard then tells it to sign in with its parent), or else
     * every account with this email address that may sign in. Connected children are left out of
     * the latter: their parent, which shares the address, signs in for them.
     */
    List<UserModel> forReset(String name) {
        UserModel byUsername = session.users().getUserByUsername(realm, name);
        if (byUsername != null) {
            return isServiceAccount(byUsername) ? List.of() : List.of(byUsername);
        }
        if (!name.contains("@")) {
            return List.of();
        }
        AccountConnectionProvider connections = session.getProvider(AccountConnectionProvider.class);
        return withEmail(name).stream()
                .filter(user -> connections.findByChild(realm, user.getId()).isEmpty())
                .toList();
    }

    /** The enabled accounts that use this email address, in the user store's order. */
    List<UserModel> withEmail(String email) {
        return new AccountConnections(session, realm).accountsWithEmail(email)
                .filter(user -> !isServiceAccount(user))
                .filter(UserModel::isEnabled)
                .toList();
    }

    boolean isConnectedChild(UserModel user) {
        return ConnectedChildren.isConnectedChild(session, realm, user);
    }

    private static boolean isServiceAccount(UserModel user) {
        return user.getServiceAccountClientLink() != null;
    }
}
