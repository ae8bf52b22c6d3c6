package io.mag.keycloak.otp;

import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * The credential provider of the subscription credentials ({@value SubscriptionCredentials#TYPE}),
 * so that the account console's Signing in page shows each OTP credential's expiry. Keycloak's own
 * OTP credential provider ({@code keycloak-otp}) is left as it is.
 */
public final class SubscriptionCredentialProviderFactory implements CredentialProviderFactory<SubscriptionCredentialProvider> {

    public static final String PROVIDER_ID = "mag-otp-subscription";

    @Override
    public CredentialProvider create(KeycloakSession session) {
        return new SubscriptionCredentialProvider(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
