package io.mag.keycloak.access.subscription.jpa;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.access.subscription.Subscriptions;
import io.mag.keycloak.common.ChangelogEntityProviderFactory;

/**
 * Registers MAG_APP_SUBSCRIPTION with Keycloak's JPA setup. Rows go with their realm,
 * organization or client.
 */
public final class SubscriptionJpaEntityProviderFactory extends ChangelogEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-subscription-entities";

    public SubscriptionJpaEntityProviderFactory() {
        super(PROVIDER_ID, "DATABASECHANGELOG_MAG_SUBSCR", "META-INF/mag-subscription/changelog-master.xml",
                SubscriptionEntity.class);
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
}
