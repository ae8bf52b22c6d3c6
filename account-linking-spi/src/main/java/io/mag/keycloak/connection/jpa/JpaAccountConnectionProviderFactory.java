package io.mag.keycloak.connection.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.connection.AccountConnectionProvider;
import io.mag.keycloak.connection.AccountConnections;
import io.mag.keycloak.connection.AccountConnectionProviderFactory;

/**
 * JPA storage of account connections. Also keeps the table clean: when a user is deleted its
 * connections go (so the children of a deleted parent can sign in again), and so do a deleted
 * realm's.
 */
public final class JpaAccountConnectionProviderFactory implements AccountConnectionProviderFactory {

    public static final String PROVIDER_ID = "jpa";

    @Override
    public AccountConnectionProvider create(KeycloakSession session) {
        return new JpaAccountConnectionProvider(session, session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                new AccountConnections(removed.getKeycloakSession(), removed.getRealm()).forgetUser(removed.getUser());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(AccountConnectionProvider.class)
                        .removeRealm(removed.getRealm().getId());
            }
        });
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
