package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

/** An account cannot be connected to itself. */
public final class NotSelfRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-not-self";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        return candidate.child().getId().equals(candidate.parent().getId())
                ? Optional.of("magConnectRefusedSelf")
                : Optional.empty();
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
