package io.mag.keycloak.connection.policy;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * Client policy executor: no tokens for connected child accounts, through any grant. Put it in a
 * client profile of a policy with the {@code any-client} condition (the realm file does), so that
 * clients added later are covered too.
 */
public final class ConnectedChildRefusalExecutorFactory implements ClientPolicyExecutorProviderFactory {

    public static final String PROVIDER_ID = "mag-connected-child-refusal";

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return new ConnectedChildRefusalExecutor(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "Refuses tokens, user info and CIBA requests for connected child accounts (invalid_grant), whatever "
                + "flow or identity provider signed them in; a child signs in with its parent account.";
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
