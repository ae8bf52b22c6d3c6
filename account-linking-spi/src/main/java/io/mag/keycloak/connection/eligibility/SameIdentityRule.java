package io.mag.keycloak.connection.eligibility;

import java.util.Optional;

import org.keycloak.models.UserModel;

/** First name, last name and email are the same in both accounts, as {@link IdentityNormalizer} compares them. */
public final class SameIdentityRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-same-identity";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        UserModel parent = candidate.parent();
        UserModel child = candidate.child();
        boolean same = IdentityNormalizer.same(parent.getFirstName(), child.getFirstName())
                && IdentityNormalizer.same(parent.getLastName(), child.getLastName())
                && IdentityNormalizer.same(parent.getEmail(), child.getEmail());
        return same ? Optional.empty() : Optional.of("magConnectRefusedIdentity");
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
