package io.mag.keycloak.access.request.jpa;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.access.request.AccessRequests;
import io.mag.keycloak.common.ChangelogEntityProviderFactory;

/**
 * Registers MAG_ACCESS_REQUEST with Keycloak's JPA setup. Rows go with their realm, user,
 * organization or client.
 */
public final class AccessRequestJpaEntityProviderFactory extends ChangelogEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-access-request-entities";

    public AccessRequestJpaEntityProviderFactory() {
        super(PROVIDER_ID, "DATABASECHANGELOG_MAG_ACCESS", "META-INF/mag-access-request/changelog-master.xml",
                AccessRequestEntity.class);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                new AccessRequests(removed.getKeycloakSession()).removeRealm(removed.getRealm().getId());
            } else if (event instanceof UserModel.UserRemovedEvent removed) {
                new AccessRequests(removed.getKeycloakSession()).removeUser(removed.getUser().getId());
            } else if (event instanceof OrganizationModel.OrganizationRemovedEvent removed) {
                new AccessRequests(removed.getKeycloakSession()).removeOrganization(removed.getOrganization().getId());
            } else if (event instanceof ClientModel.ClientRemovedEvent removed) {
                new AccessRequests(removed.getKeycloakSession()).removeClient(removed.getClient().getId());
            }
        });
    }
}
