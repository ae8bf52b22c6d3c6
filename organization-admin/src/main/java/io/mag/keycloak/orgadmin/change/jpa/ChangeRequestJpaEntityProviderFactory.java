package io.mag.keycloak.orgadmin.change.jpa;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.orgadmin.change.ChangeRequests;

/**
 * Registers MAG_CHANGE_REQUEST with Keycloak's JPA setup. Keycloak names the Liquibase history
 * table after the first 10 letters of this id (DATABASECHANGELOG_MAG_CHANGE). Removing a realm,
 * an organization or a user removes their change requests.
 */
public final class ChangeRequestJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-change-request-entities";

    private static final JpaEntityProvider PROVIDER = new JpaEntityProvider() {
        @Override
        public List<Class<?>> getEntities() {
            return List.of(ChangeRequestEntity.class);
        }

        @Override
        public String getChangelogLocation() {
            return "META-INF/mag-change-request/changelog-master.xml";
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
                new ChangeRequests(removed.getKeycloakSession()).removeRealm(removed.getRealm().getId());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                new ChangeRequests(removed.getKeycloakSession()).removeUser(removed.getRealm().getId(), removed.getUser().getId());
            } else if (event instanceof OrganizationModel.OrganizationRemovedEvent removed) {
                new ChangeRequests(removed.getKeycloakSession()).removeOrganization(removed.getOrganization().getId());
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
