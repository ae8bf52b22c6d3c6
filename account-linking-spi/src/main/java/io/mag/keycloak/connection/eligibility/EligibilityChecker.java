package io.mag.keycloak.connection.eligibility;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;

/** Runs every deployed {@link EligibilityRule}, most fundamental first, and reports the first refusal. */
public final class EligibilityChecker {

    private final List<EligibilityRule> rules;

    private EligibilityChecker(List<EligibilityRule> rules) {
        this.rules = rules;
    }

    public static EligibilityChecker of(KeycloakSession session) {
        List<EligibilityRule> rules = session.getKeycloakSessionFactory()
                .getProviderFactoriesStream(EligibilityRule.class)
                .map(EligibilityRule.class::cast)
                .sorted(Comparator.comparingInt(EligibilityRule::order).reversed().thenComparing(EligibilityRule::getId))
                .toList();
        return new EligibilityChecker(rules);
    }

    /** @return the message key of the first rule the candidate fails, or empty when it is eligible */
    public Optional<String> firstRefusal(ConnectionCandidate candidate) {
        return rules.stream()
                .map(rule -> rule.refusal(candidate))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
