package io.mag.keycloak.onboarding.wizard;

import io.mag.keycloak.common.RealmResourceFactory;
import io.mag.keycloak.onboarding.RegistrationLinks;

/** Serves the registration wizard at {@code /realms/{realm}/mag-registration/...}. */
public final class RegistrationWizardResourceProviderFactory extends RealmResourceFactory {

    public static final String PROVIDER_ID = RegistrationLinks.RESOURCE;

    public RegistrationWizardResourceProviderFactory() {
        super(PROVIDER_ID, RegistrationWizardResource::new);
    }
}
