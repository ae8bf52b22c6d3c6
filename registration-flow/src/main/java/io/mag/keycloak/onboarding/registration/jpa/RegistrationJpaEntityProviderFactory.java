package io.mag.keycloak.onboarding.registration.jpa;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.ChangelogEntityProviderFactory;
import io.mag.keycloak.onboarding.registration.Registrations;

/**
 * Registers MAG_ORG_REGISTRATION with Keycloak's JPA setup. Deleting a realm removes its
 * registration rows.
 */
public final class RegistrationJpaEntityProviderFactory extends ChangelogEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-registration-entities";

    public RegistrationJpaEntityProviderFactory() {
        super(PROVIDER_ID, "DATABASECHANGELOG_MAG_REGIST", "META-INF/mag-registration/changelog-master.xml",
                OrgRegistrationEntity.class);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                new Registrations(removed.getKeycloakSession()).removeRealm(removed.getRealm().getId());
            }
        });
    }
}
