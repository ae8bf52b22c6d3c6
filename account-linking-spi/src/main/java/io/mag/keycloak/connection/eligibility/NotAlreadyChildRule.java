package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

/** An account has at most one parent. */
public final class NotAlreadyChildRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-not-already-child";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        return candidate.connections().findByChild(candidate.realm(), candidate.child().getId()).isPresent()
                ? Optional.of("magConnectRefusedAlreadyChild")
                : Optional.empty();
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
