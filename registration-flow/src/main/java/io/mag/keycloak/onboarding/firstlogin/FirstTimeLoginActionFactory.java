package io.mag.keycloak.onboarding.firstlogin;

import java.util.List;

import org.keycloak.provider.ProviderConfigProperty;

import io.mag.keycloak.common.StatelessRequiredActionFactory;
import io.mag.keycloak.common.firstlogin.FirstTimeLoginLinks;

/**
 * "First Time Login": the last step of a newly approved administrator's first sign-in, after
 * Keycloak's UPDATE_PASSWORD. OTP setup (Keycloak's CONFIGURE_TOTP) is required when an
 * application shared with the user's organization requires OTP, otherwise offered; then the
 * "Login Success" email. Assigned to the user by operator approval; never started by the user
 * ({@code kc_action} is not supported).
 */
public final class FirstTimeLoginActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = FirstTimeLoginLinks.REQUIRED_ACTION;

    public FirstTimeLoginActionFactory() {
        super(PROVIDER_ID, "First Time Login", new FirstTimeLoginAction());
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        // Not application-initiated, so Keycloak's maximum-age-of-authentication option does not apply.
        return List.of();
    }
}
