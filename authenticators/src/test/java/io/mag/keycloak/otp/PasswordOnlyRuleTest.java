package io.mag.keycloak.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserModel;

import io.mag.keycloak.connection.eligibility.ConnectionCandidate;

/** Which credentials of a would-be child count as active: only those refuse the connection. */
class PasswordOnlyRuleTest {

    private final List<CredentialModel> stored = new ArrayList<>();
    private final SubjectCredentialManager manager = mock(SubjectCredentialManager.class);
    private final List<String> federatedTypes = new ArrayList<>();
    private ConnectionCandidate candidate;

    @BeforeEach
    void childWithAPassword() {
        UserModel child = mock(UserModel.class);
        when(child.credentialManager()).thenReturn(manager);
        when(manager.getStoredCredentialsStream()).thenAnswer(i -> List.copyOf(stored).stream());
        when(manager.getStoredCredentialsByTypeStream(any()))
                .thenAnswer(i -> stored.stream().filter(c -> c.getType().equals(i.getArgument(0))).toList().stream());
        when(manager.getConfiguredUserStorageCredentialTypesStream()).thenAnswer(i -> List.copyOf(federatedTypes).stream());
        candidate = new ConnectionCandidate(mock(KeycloakSession.class), mock(RealmModel.class), mock(UserModel.class), child);
        credential("password-id", "password", Instant.now());
    }

    private CredentialModel credential(String id, String type, Instant created) {
        CredentialModel credential = new CredentialModel();
        credential.setId(id);
        credential.setType(type);
        credential.setCreatedDate(created == null ? null : created.toEpochMilli());
        stored.add(credential);
        return credential;
    }

    private Optional<String> judge() {
        return new PasswordOnlyRule().refusal(candidate);
    }

    @Test
    void aPasswordAloneIsAccepted() {
        assertThat(judge()).isEmpty();
    }

    @Test
    void noCredentialAtAllIsAccepted() {
        stored.clear();
        assertThat(judge()).isEmpty();
    }

    @Test
    void anOtpWithAnActiveSubscriptionRefuses() {
        credential("otp-id", "otp", Instant.now().minus(Duration.ofDays(10)));
        assertThat(judge()).contains("magConnectRefusedCredentials");
    }

    @Test
    void anOtpWhoseSubscriptionLapsedIsAccepted() {
        credential("otp-id", "otp", Instant.now().minus(Duration.ofDays(800)));
        assertThat(judge()).isEmpty();
    }

    @Test
    void anOtpWithoutAnySubscriptionIsAccepted() {
        credential("otp-id", "otp", null);
        assertThat(judge()).isEmpty();
    }

    @Test
    void aSubscriptionRecordLeftByADeletedOtpIsAccepted() {
        CredentialModel record = credential("record-id", SubscriptionCredentials.TYPE, Instant.now());
        record.setCredentialData("{\"otpCredentialId\":\"gone\",\"activatedAt\":" + Instant.now().toEpochMilli()
                + ",\"expiresAt\":" + Instant.now().plus(Duration.ofDays(300)).toEpochMilli() + "}");
        assertThat(judge()).isEmpty();
    }

    @Test
    void aWebAuthnKeyRefuses() {
        credential("key-id", "webauthn", Instant.now());
        assertThat(judge()).contains("magConnectRefusedCredentials");
    }

    @Test
    void aFederatedCredentialOtherThanThePasswordRefuses() {
        federatedTypes.add("password");
        assertThat(judge()).isEmpty();
        federatedTypes.add("otp");
        assertThat(judge()).contains("magConnectRefusedCredentials");
    }

}
