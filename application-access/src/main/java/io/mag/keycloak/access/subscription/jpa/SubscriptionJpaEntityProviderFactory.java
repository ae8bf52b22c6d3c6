package io.mag.keycloak.access.subscription.jpa;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.access.subscription.Subscriptions;

/**
 * Registers MAG_APP_SUBSCRIPTION with Keycloak's JPA setup. Keycloak names the Liquibase history
 * table after the first 10 letters of this id (DATABASECHANGELOG_MAG_SUBSCR). Rows go with their
 * realm, organization or client.
 */
public final class SubscriptionJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-subscription-entities";

    private static final JpaEntityProvider PROVIDER = new JpaEntityProvider() {
        @Override
        public List<Class<?>> getEntities() {
            return List.of(SubscriptionEntity.class);
        }

        @Override
        public String getChangelogLocation() {
            return "META-INF/mag-subscription/changelog-master.xml";
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
                new Subscriptions(removed.getKeycloakSession()).removeRealm(removed.getRealm().getId());
            } else if (event instanceof OrganizationModel.OrganizationRemovedEvent removed) {
                new Subscriptions(removed.getKeycloakSession()).removeOrganization(removed.getOrganization().getId());
            } else if (event instanceof ClientModel.ClientRemovedEvent removed) {
                new Subscriptions(removed.getKeycloakSession()).removeClient(removed.getClient().getId());
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
