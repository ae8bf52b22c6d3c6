package io.mag.keycloak.onboarding.firstlogin;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * "First Time Login": the last step of a newly approved administrator's first sign-in, after
 * Keycloak's UPDATE_PASSWORD. OTP setup (Keycloak's CONFIGURE_TOTP) is required when an
 * application shared with the user's organization requires OTP, otherwise offered; then the
 * "Login Success" email. Assigned to the user by operator approval; never started by the user
 * ({@code kc_action} is not supported).
 */
public final class FirstTimeLoginActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "mag-first-time-login";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new FirstTimeLoginAction();
    }

    @Override
    public String getDisplayText() {
        return "First Time Login";
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        // Not application-initiated, so Keycloak's maximum-age-of-authentication option does not apply.
        return List.of();
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
