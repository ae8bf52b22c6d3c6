package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

/** The child carries no notarized US Person attestation (user-profile attribute {@value #ATTRIBUTE}, which only admins can set or remove). */
public final class NoUsPersonAttestationRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-no-us-person-attestation";

    /** Declared in the realm's user profile; admins only may view or edit it. */
    public static final String ATTRIBUTE = "usPersonAttestation";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        String attestation = candidate.child().getFirstAttribute(ATTRIBUTE);
        return attestation == null || attestation.isBlank() || "false".equalsIgnoreCase(attestation.strip())
                ? Optional.empty()
                : Optional.of("magConnectRefusedUsPerson");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
