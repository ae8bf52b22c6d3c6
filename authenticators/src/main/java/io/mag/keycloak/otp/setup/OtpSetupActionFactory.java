package io.mag.keycloak.otp.setup;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.requiredactions.UpdateTotp;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Takes the place of Keycloak's CONFIGURE_TOTP (same provider id, higher order: Keycloak keeps
 * the factory with the higher order when two share an id), so every door to a new OTP
 * credential (the account console's "Set up authenticator application", {@code kc_action},
 * Manage OTP, first-time login, the step-up's offer, an admin's required action, reset
 * credentials) passes the gateway's rules; see {@link OtpSetupAction}. Keycloak's own UpdateTotp
 * does the setup, and its options (maximum age of authentication, recovery codes) stay.
 */
public final class OtpSetupActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = UserModel.RequiredAction.CONFIGURE_TOTP.name();

    private final UpdateTotp keycloakSetup = new UpdateTotp();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new OtpSetupAction(keycloakSetup.create(session));
    }

    @Override
    public String getDisplayText() {
        return keycloakSetup.getDisplayText();
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return keycloakSetup.getConfigMetadata();
    }

    @Override
    public void init(Config.Scope config) {
        keycloakSetup.init(config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        keycloakSetup.postInit(factory);
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
