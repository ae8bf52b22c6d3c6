package io.mag.keycloak.otp.license.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.otp.license.LicenseKeys;

/**
 * Keycloak names our Liquibase history table after the first 10 letters of this id
 * (DATABASECHANGELOG_MAG_OTP_LI), distinct from the account connections' (MAG_ACCOUN). Also
 * deletes a removed user's or realm's keys.
 */
public final class LicenseKeyJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-otp-license-key-entities";

    private static final JpaEntityProvider PROVIDER = new LicenseKeyJpaEntityProvider();

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                keys(removed.getKeycloakSession()).removeUser(removed.getRealm(), removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                keys(removed.getKeycloakSession()).removeRealm(removed.getRealm().getId());
            }
        });
    }

    private static LicenseKeys keys(KeycloakSession session) {
        return new LicenseKeys(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
