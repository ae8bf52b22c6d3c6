package io.mag.keycloak.common.access;

import org.keycloak.provider.ProviderFactory;

/** Factory of the {@link ApplicationSubscriber} (the application-access module ships the one implementation). */
public interface ApplicationSubscriberFactory extends ProviderFactory<ApplicationSubscriber> {
}
