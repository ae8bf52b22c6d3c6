package io.mag.keycloak.onboarding.wizard;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

import io.mag.keycloak.onboarding.RegistrationLinks;

/** Serves the registration wizard at {@code /realms/{realm}/mag-registration/...}. */
public final class RegistrationWizardResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String PROVIDER_ID = RegistrationLinks.RESOURCE;

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new RegistrationWizardResource(session);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
