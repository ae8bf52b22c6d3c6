package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

/** A disabled account cannot be connected. */
public final class EnabledRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-enabled";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        return candidate.child().isEnabled() ? Optional.empty() : Optional.of("magConnectRefusedDisabled");
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
