package io.mag.keycloak.otp.license.jpa;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.ChangelogEntityProviderFactory;
import io.mag.keycloak.otp.license.LicenseKeys;

/**
 * Registers the license-key entity and its Liquibase changelog with Keycloak's JPA setup. Also
 * deletes a removed user's or realm's keys.
 */
public final class LicenseKeyJpaEntityProviderFactory extends ChangelogEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-otp-license-key-entities";

    public LicenseKeyJpaEntityProviderFactory() {
        super(PROVIDER_ID, "DATABASECHANGELOG_MAG_OTP_LI", "META-INF/mag-otp-license-key/changelog-master.xml",
                LicenseKeyEntity.class);
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
}
