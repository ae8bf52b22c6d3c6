package io.mag.keycloak.onboarding.registration.jpa;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.onboarding.registration.Registrations;

/**
 * Registers MAG_ORG_REGISTRATION with Keycloak's JPA setup. Keycloak names the Liquibase history
 * table after the first 10 letters of this id (DATABASECHANGELOG_MAG_REGIST). Deleting a realm
 * removes its registration rows.
 */
public final class RegistrationJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-registration-entities";

    private static final JpaEntityProvider PROVIDER = new JpaEntityProvider() {
        @Override
        public List<Class<?>> getEntities() {
            return List.of(OrgRegistrationEntity.class);
        }

        @Override
        public String getChangelogLocation() {
            return "META-INF/mag-registration/changelog-master.xml";
        }

        @Override
        public String getFactoryId() {
            return PROVIDER_ID;
        }

        @Override
        public void close() {
        }
    };

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
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                new Registrations(removed.getKeycloakSession()).removeRealm(removed.getRealm().getId());
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
