package io.mag.keycloak.connection.policy;

import io.mag.keycloak.common.OptionlessExecutorFactory;

/**
 * Client policy executor: no tokens for connected child accounts, through any grant. Put it in a
 * client profile of a policy with the {@code any-client} condition (the realm file does), so that
 * clients added later are covered too.
 */
public final class ConnectedChildRefusalExecutorFactory extends OptionlessExecutorFactory {

    public static final String PROVIDER_ID = "mag-connected-child-refusal";

    public ConnectedChildRefusalExecutorFactory() {
        super(PROVIDER_ID,
                "Refuses tokens, user info and CIBA requests for connected child accounts (invalid_grant), whatever "
                        + "flow or identity provider signed them in; a child signs in with its parent account.",
                ConnectedChildRefusalExecutor::new);
    }
}
