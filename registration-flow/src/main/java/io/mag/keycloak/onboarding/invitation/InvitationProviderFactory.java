package io.mag.keycloak.onboarding.invitation;

import org.keycloak.provider.ProviderFactory;

public interface InvitationProviderFactory extends ProviderFactory<InvitationProvider> {
}
