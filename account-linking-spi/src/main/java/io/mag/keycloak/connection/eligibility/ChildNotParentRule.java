package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

/** Connections are one level deep: an account that has children cannot become a child. */
public final class ChildNotParentRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-child-not-parent";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        return candidate.connections().isParent(candidate.realm(), candidate.child().getId())
                ? Optional.of("magConnectRefusedChildIsParent")
                : Optional.empty();
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
