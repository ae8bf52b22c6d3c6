package io.mag.keycloak.access.enforcement;

import io.mag.keycloak.common.OptionlessExecutorFactory;

/**
 * Client policy executor {@value #PROVIDER_ID}: no tokens of a partner application for users
 * without access to it, through any grant. Put it in a client profile of a policy with the
 * {@code any-client} condition (the realm file does), so that applications added later are covered.
 */
public final class ApplicationAccessExecutorFactory extends OptionlessExecutorFactory {

    public static final String PROVIDER_ID = "mag-application-access";

    public ApplicationAccessExecutorFactory() {
        super(PROVIDER_ID,
                "Refuses tokens, user info and CIBA requests of a partner application (client attribute mag.owning-partner) "
                        + "for users whose organization is not subscribed to it or who have not been granted access (invalid_grant).",
                ApplicationAccessExecutor::new);
    }
}
