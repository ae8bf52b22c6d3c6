package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

/** Both accounts have verified their email address. */
public final class VerifiedEmailsRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-verified-emails";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        return candidate.parent().isEmailVerified() && candidate.child().isEmailVerified()
                ? Optional.empty()
                : Optional.of("magConnectRefusedUnverifiedEmail");
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
