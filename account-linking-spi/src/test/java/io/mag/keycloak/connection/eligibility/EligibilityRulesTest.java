package io.mag.keycloak.connection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;

import io.mag.keycloak.connection.AccountConnection;
import io.mag.keycloak.connection.AccountConnectionProvider;

/** Each rule on its own: the account it accepts and the account it refuses (with its message key). */
class EligibilityRulesTest {

    KeycloakSession session = mock(KeycloakSession.class);
    RealmModel realm = mock(RealmModel.class);
    UserProvider users = mock(UserProvider.class);
    AccountConnectionProvider connections = mock(AccountConnectionProvider.class);
    UserModel parent;
    UserModel child;

    @BeforeEach
    void twoAccountsOfOnePerson() {
        when(session.users()).thenReturn(users);
        when(session.getProvider(AccountConnectionProvider.class)).thenReturn(connections);
        when(connections.findByChild(realm, "parent-id")).thenReturn(Optional.empty());
        when(connections.findByChild(realm, "child-id")).thenReturn(Optional.empty());
        parent = account("parent-id");
        child = account("child-id");
        when(users.getUserById(realm, "child-id")).thenReturn(child);
    }

    private UserModel account(String id) {
        UserModel user = mock(UserModel.class);
        when(user.getId()).thenReturn(id);
        when(user.getFirstName()).thenReturn("Alex");
        when(user.getLastName()).thenReturn("Morgan");
        when(user.getEmail()).thenReturn("alex@supplier.example");
        when(user.isEmailVerified()).thenReturn(true);
        when(user.isEnabled()).thenReturn(true);
        SubjectCredentialManager credentials = mock(SubjectCredentialManager.class);
        when(credentials.getStoredCredentialsStream()).thenAnswer(i -> Stream.of(credential("password")));
        when(credentials.getConfiguredUserStorageCredentialTypesStream()).thenAnswer(i -> Stream.empty());
        when(user.credentialManager()).thenReturn(credentials);
        return user;
    }

    private static CredentialModel credential(String type) {
        CredentialModel credential = new CredentialModel();
        credential.setType(type);
        return credential;
    }

    private Optional<String> judge(EligibilityRule rule) {
        return rule.refusal(new ConnectionCandidate(session, realm, parent, child));
    }

    private static AccountConnection connection(String parentId, String childId) {
        return new AccountConnection("c", "realm", parentId, childId, Instant.EPOCH, parentId);
    }

    @Test
    void aTypicalSecondAccountPassesEveryRule() {
        Stream.of(new NotSelfRule(), new SameRealmRule(), new SameIdentityRule(), new VerifiedEmailsRule(), new EnabledRule(),
                        new ParentNotChildRule(), new NotAlreadyChildRule(), new ChildNotParentRule(), new NotServiceAccountRule(),
                        new NoUsPersonAttestationRule())
                .forEach(rule -> assertThat(judge(rule)).as(rule.getId()).isEmpty());
    }

    @Test
    void notServiceAccount() {
        when(child.getServiceAccountClientLink()).thenReturn("client-uuid");
        assertThat(judge(new NotServiceAccountRule())).contains("magConnectRefusedServiceAccount");
    }

    @Test
    void notSelf() {
        child = parent;
        assertThat(judge(new NotSelfRule())).contains("magConnectRefusedSelf");
    }

    @Test
    void sameRealm() {
        when(users.getUserById(realm, "child-id")).thenReturn(null);
        assertThat(judge(new SameRealmRule())).contains("magConnectRefusedOtherRealm");
    }

    @Nested
    class SameIdentity {
        @Test
        void differentFirstName() {
            when(child.getFirstName()).thenReturn("Sam");
            assertThat(judge(new SameIdentityRule())).contains("magConnectRefusedIdentity");
        }

        @Test
        void differentLastName() {
            when(child.getLastName()).thenReturn("Other");
            assertThat(judge(new SameIdentityRule())).contains("magConnectRefusedIdentity");
        }

        @Test
        void differentEmail() {
            when(child.getEmail()).thenReturn("alex@elsewhere.example");
            assertThat(judge(new SameIdentityRule())).contains("magConnectRefusedIdentity");
        }

        @Test
        void caseAndSpacingDoNotMatter() {
            when(child.getFirstName()).thenReturn(" ALEX ");
            when(child.getEmail()).thenReturn("Alex@Supplier.Example");
            assertThat(judge(new SameIdentityRule())).isEmpty();
        }
    }

    @Test
    void verifiedEmails() {
        when(child.isEmailVerified()).thenReturn(false);
        assertThat(judge(new VerifiedEmailsRule())).contains("magConnectRefusedUnverifiedEmail");
        when(child.isEmailVerified()).thenReturn(true);
        when(parent.isEmailVerified()).thenReturn(false);
        assertThat(judge(new VerifiedEmailsRule())).contains("magConnectRefusedUnverifiedEmail");
    }

    @Test
    void enabled() {
        when(child.isEnabled()).thenReturn(false);
        assertThat(judge(new EnabledRule())).contains("magConnectRefusedDisabled");
    }

    @Test
    void parentNotChild() {
        when(connections.findByChild(realm, "parent-id")).thenReturn(Optional.of(connection("grandparent", "parent-id")));
        assertThat(judge(new ParentNotChildRule())).contains("magConnectRefusedParentIsChild");
    }

    @Test
    void notAlreadyChild() {
        when(connections.findByChild(realm, "child-id")).thenReturn(Optional.of(connection("someone", "child-id")));
        assertThat(judge(new NotAlreadyChildRule())).contains("magConnectRefusedAlreadyChild");
    }

    @Test
    void childNotParent() {
        when(connections.isParent(realm, "child-id")).thenReturn(true);
        assertThat(judge(new ChildNotParentRule())).contains("magConnectRefusedChildIsParent");
    }

    @Test
    void usPersonAttestation() {
        when(child.getFirstAttribute(NoUsPersonAttestationRule.ATTRIBUTE)).thenReturn("true");
        assertThat(judge(new NoUsPersonAttestationRule())).contains("magConnectRefusedUsPerson");
        when(child.getFirstAttribute(NoUsPersonAttestationRule.ATTRIBUTE)).thenReturn("false");
        assertThat(judge(new NoUsPersonAttestationRule())).isEmpty();
    }
}
