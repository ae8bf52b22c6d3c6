package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

/**
 * A client's service-account user is never a child: it signs in with the client's credentials,
 * not a person's, so "sign in with the parent instead" cannot apply to it.
 */
public final class NotServiceAccountRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-not-service-account";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        return candidate.child().getServiceAccountClientLink() == null
                ? Optional.empty()
                : Optional.of("magConnectRefusedServiceAccount");
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
