package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;

/**
 * One condition an account must meet to become the child of a parent.
 *
 * <p>Rules are stateless, so each is its own provider factory: an operator adds a rule by
 * shipping a JAR with another implementation listed in
 * {@code META-INF/services/io.mag.keycloak.connection.eligibility.EligibilityRule}.
 */
public interface EligibilityRule extends Provider, ProviderFactory<EligibilityRule> {

    /**
     * @return empty when the candidate meets the rule; otherwise the key of the message (in the
     *         login theme's bundle) that tells the user why the account cannot be connected
     */
    Optional<String> refusal(ConnectionCandidate candidate);

    @Override
    default EligibilityRule create(KeycloakSession session) {
        return this;
    }

    @Override
    default void init(Config.Scope config) {
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    default void close() {
    }
}
