package io.mag.keycloak.login;

import java.util.List;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.connection.AccountConnectionProvider;
import io.mag.keycloak.connection.AccountConnections;

/**
 * Resolves what a user typed as their sign-in name. Parent and child accounts share an email,
 * and the realm allows duplicate emails, so Keycloak's own login-with-email cannot be used. A
 * username wins; otherwise an email designates the one account with that address that may sign
 * in (connected children may not, so after a connection the email means the parent).
 */
final class AccountResolver {

    private final KeycloakSession session;
    private final RealmModel realm;

    AccountResolver(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Records what the user typed (the event's username detail, and the attempted username that
     * Keycloak's password page shows), then resolves it.
     */
    static AccountResolution resolveTyped(AuthenticationFlowContext context, String typed) {
        if (typed != null) {
            String name = typed.strip();
            context.getEvent().detail(Details.USERNAME, name);
            context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, name);
        }
        return new AccountResolver(context.getSession(), context.getRealm()).resolve(typed);
    }

    AccountResolution resolve(String name) {
        if (name == null || name.isBlank()) {
            return new AccountResolution.NotFound();
        }
        String trimmed = name.strip();
        UserModel byUsername = session.users().getUserByUsername(realm, trimmed);
        if (byUsername != null) {
            return new AccountResolution.Found(byUsername);
        }
        if (!trimmed.contains("@")) {
            return new AccountResolution.NotFound();
        }
        List<UserModel> withEmail = new AccountConnections(session, realm).accountsWithEmail(trimmed)
                .filter(user -> user.getServiceAccountClientLink() == null)
                .toList();
        if (withEmail.isEmpty()) {
            return new AccountResolution.NotFound();
        }
        AccountConnectionProvider connections = session.getProvider(AccountConnectionProvider.class);
        List<UserModel> maySignIn = withEmail.stream()
                .filter(user -> connections.findByChild(realm, user.getId()).isEmpty())
                .toList();
        if (maySignIn.size() == 1) {
            return new AccountResolution.Found(maySignIn.get(0));
        }
        if (maySignIn.isEmpty()) {
            // Only connected children use this address (their parent changed its email): name one,
            // so that the child guard explains that it must sign in with its parent.
            return new AccountResolution.Found(withEmail.get(0));
        }
        return new AccountResolution.Ambiguous();
    }
}
