package io.mag.keycloak.connection.eligibility;

import java.util.Optional;
import java.util.stream.Stream;

import org.keycloak.credential.CredentialModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.credential.PasswordCredentialModel;

/** The child has no credential but its password: no OTP, WebAuthn, recovery codes, or credentials of a user federation. */
public final class PasswordOnlyRule implements EligibilityRule {

    public static final String PROVIDER_ID = "mag-password-only";

    @Override
    public Optional<String> refusal(ConnectionCandidate candidate) {
        SubjectCredentialManager credentials = candidate.child().credentialManager();
        boolean onlyPassword = Stream.concat(
                        credentials.getStoredCredentialsStream().map(CredentialModel::getType),
                        credentials.getConfiguredUserStorageCredentialTypesStream())
                .allMatch(PasswordCredentialModel.TYPE::equals);
        return onlyPassword ? Optional.empty() : Optional.of("magConnectRefusedCredentials");
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
