package io.mag.keycloak.common;

import java.util.List;
import java.util.function.Function;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * Factory of a client-policy executor that has no options: an executor per session (it reads the
 * session's request), nothing to configure in a client profile. Subclasses name it and describe it
 * for the admin console.
 */
public abstract class OptionlessExecutorFactory implements ClientPolicyExecutorProviderFactory {

    private final String id;
    private final String helpText;
    private final Function<KeycloakSession, ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation>> executor;

    protected OptionlessExecutorFactory(String id, String helpText,
            Function<KeycloakSession, ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation>> executor) {
        this.id = id;
        this.helpText = helpText;
        this.executor = executor;
    }

    @Override
    public final ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> create(KeycloakSession session) {
        return executor.apply(session);
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getHelpText() {
        return helpText;
    }

    @Override
    public final List<ProviderConfigProperty> getConfigProperties() {
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
