package io.mag.keycloak.connection.eligibility;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.connection.AccountConnectionProvider;

/** A would-be connection that the rules judge: may {@code child} become a child of {@code parent}? */
public record ConnectionCandidate(KeycloakSession session, RealmModel realm, UserModel parent, UserModel child) {

    public AccountConnectionProvider connections() {
        return session.getProvider(AccountConnectionProvider.class);
    }
}
