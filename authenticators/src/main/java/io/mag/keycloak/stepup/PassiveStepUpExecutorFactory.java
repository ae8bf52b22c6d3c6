package io.mag.keycloak.stepup;

import io.mag.keycloak.common.OptionlessExecutorFactory;

/**
 * Client policy executor: {@code prompt=none} on a session below the requested level of
 * authentication gets {@code interaction_required}. Put it in a client profile used by a client
 * policy whose condition covers the OTP-required applications (the realm file: any client).
 */
public final class PassiveStepUpExecutorFactory extends OptionlessExecutorFactory {

    public static final String PROVIDER_ID = "mag-passive-step-up";

    public PassiveStepUpExecutorFactory() {
        super(PROVIDER_ID,
                "With prompt=none, answers interaction_required when the user's session is below the requested "
                        + "level of authentication (acr), instead of Keycloak's login_required.",
                PassiveStepUpExecutor::new);
    }
}
