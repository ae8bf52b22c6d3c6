package io.mag.keycloak.stepup;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * Client policy executor: {@code prompt=none} on a session below the requested level of
 * authentication gets {@code interaction_required}. Put it in a client profile used by a client
 * policy whose condition covers the OTP-required applications (the realm file: any client).
 */
public final class PassiveStepUpExecutorFactory implements ClientPolicyExecutorProviderFactory {

    public static final String PROVIDER_ID = "mag-passive-step-up";

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return new PassiveStepUpExecutor(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "With prompt=none, answers interaction_required when the user's session is below the requested "
                + "level of authentication (acr), instead of Keycloak's login_required.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
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
}
