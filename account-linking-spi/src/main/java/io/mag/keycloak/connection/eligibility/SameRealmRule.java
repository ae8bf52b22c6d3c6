package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

/** Both accounts live in the same realm. */
public final class SameRealmRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-same-realm";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        return candidate.session().users().getUserById(candidate.realm(), candidate.child().getId()) == null
                ? Optional.of("magConnectRefusedOtherRealm")
                : Optional.empty();
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
