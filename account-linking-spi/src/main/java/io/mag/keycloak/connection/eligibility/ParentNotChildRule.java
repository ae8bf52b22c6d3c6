package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

/** Connections are one level deep: an account that is itself a child cannot take children. */
public final class ParentNotChildRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-parent-not-child";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        return candidate.connections().findByChild(candidate.realm(), candidate.parent().getId()).isPresent()
                ? Optional.of("magConnectRefusedParentIsChild")
                : Optional.empty();
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
