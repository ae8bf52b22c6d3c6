package io.mag.keycloak.login;

import org.keycloak.models.UserModel;

/** Which account a sign-in name (username or email address) designates. */
sealed interface AccountResolution {

    /** Exactly one account: the one allowed to sign in with this name. */
    record Found(UserModel user) implements AccountResolution {
    }

    /** The name matches no account. */
    record NotFound() implements AccountResolution {
    }

    /** The email address belongs to several accounts that may each sign in: the user must give a username. */
    record Ambiguous() implements AccountResolution {
    }
}
