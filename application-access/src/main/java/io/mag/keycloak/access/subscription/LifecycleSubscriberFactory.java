package io.mag.keycloak.access.subscription;

import org.keycloak.Config;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.access.ApplicationSubscriber;
import io.mag.keycloak.common.access.ApplicationSubscriberFactory;

/**
 * Provider {@value #PROVIDER_ID} of SPI mag-application-subscriber. Also gives the owning
 * partner of each partner application of an imported realm its {@code OWNER} subscription
 * ({@link OwnerSubscriptions}), because a realm file cannot write our table, and the owner of a
 * partner application added later when its client is saved: Keycloak publishes
 * {@link ClientModel.ClientUpdatedEvent} after the admin REST creates or updates a client, once
 * all its attributes are set ({@link ClientModel.ClientCreationEvent} comes too early, before any).
 * An access role added after the save is seen by {@link AccessRoleListenerFactory} instead:
 * Keycloak publishes no provider event for a new role.
 */
public final class LifecycleSubscriberFactory implements ApplicationSubscriberFactory {

    public static final String PROVIDER_ID = "mag-subscription-lifecycle";

    @Override
    public ApplicationSubscriber create(KeycloakSession session) {
        return new LifecycleSubscriber(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmPostCreateEvent created) {
                OwnerSubscriptions.ensure(created.getKeycloakSession(), created.getCreatedRealm());
            } else if (event instanceof ClientModel.ClientUpdatedEvent updated) {
                OwnerSubscriptions.ensureFor(updated.getKeycloakSession(), updated.getUpdatedClient());
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
