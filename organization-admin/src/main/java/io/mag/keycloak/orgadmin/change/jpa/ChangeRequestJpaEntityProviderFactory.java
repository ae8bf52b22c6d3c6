package io.mag.keycloak.orgadmin.change.jpa;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.ChangelogEntityProviderFactory;
import io.mag.keycloak.orgadmin.change.ChangeRequests;

/**
 * Registers MAG_CHANGE_REQUEST with Keycloak's JPA setup. Removing a realm, an organization or a
 * user removes their change requests.
 */
public final class ChangeRequestJpaEntityProviderFactory extends ChangelogEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-change-request-entities";

    public ChangeRequestJpaEntityProviderFactory() {
        super(PROVIDER_ID, "DATABASECHANGELOG_MAG_CHANGE", "META-INF/mag-change-request/changelog-master.xml",
                ChangeRequestEntity.class);
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
}
