package io.mag.keycloak.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.mockito.ArgumentMatchers;

import io.mag.keycloak.connection.AccountConnection;
import io.mag.keycloak.connection.AccountConnectionProvider;

/** Which accounts "Forgot password" and "Forgot User ID?" answer for. */
class RecoverableAccountsTest {

    private static final String EMAIL = "alex@supplier.example";

    private final KeycloakSession session = mock(KeycloakSession.class);
    private final RealmModel realm = mock(RealmModel.class);
    private final UserProvider users = mock(UserProvider.class);
    private final AccountConnectionProvider connections = mock(AccountConnectionProvider.class);
    private final List<UserModel> withEmail = new ArrayList<>();
    private RecoverableAccounts accounts;

    @BeforeEach
    void realmWithSharedEmails() {
        when(session.users()).thenReturn(users);
        when(session.getProvider(AccountConnectionProvider.class)).thenReturn(connections);
        when(connections.findByChild(eq(realm), any())).thenReturn(Optional.empty());
        when(users.searchForUserStream(eq(realm), ArgumentMatchers.<Map<String, String>>any(), anyInt(), anyInt())).thenAnswer(i -> List.copyOf(withEmail).stream());
        accounts = new RecoverableAccounts(session, realm);
    }

    private UserModel account(String username) {
        UserModel user = mock(UserModel.class);
        when(user.getId()).thenReturn(username + "-id");
        when(user.getUsername()).thenReturn(username);
        when(user.getEmail()).thenReturn(EMAIL);
        when(user.isEnabled()).thenReturn(true);
        withEmail.add(user);
        return user;
    }

    @Test
    void aUserIdNamesItsAccountEvenIfItsEmailIsShared() {
        UserModel first = account("first");
        account("second");
        when(users.getUserByUsername(realm, "first")).thenReturn(first);

        assertThat(accounts.forReset("first")).containsExactly(first);
    }

    @Test
    void anEmailNamesEveryAccountThatMaySignIn() {
        UserModel first = account("first");
        UserModel second = account("second");
        account("child");
        when(connections.findByChild(realm, "child-id"))
                .thenReturn(Optional.of(new AccountConnection("c", "realm", "first-id", "child-id", Instant.EPOCH, "first-id")));

        assertThat(accounts.forReset(EMAIL)).containsExactly(first, second);
    }

    @Test
    void disabledAndServiceAccountsAreLeftOut() {
        UserModel first = account("first");
        UserModel disabled = account("disabled");
        when(disabled.isEnabled()).thenReturn(false);
        UserModel service = account("service-account-app");
        when(service.getServiceAccountClientLink()).thenReturn("client-uuid");

        assertThat(accounts.withEmail(EMAIL)).containsExactly(first);
        when(users.getUserByUsername(realm, "service-account-app")).thenReturn(service);
        assertThat(accounts.forReset("service-account-app")).isEmpty();
    }

    @Test
    void aNameThatIsNeitherAUserIdNorAnEmailNamesNothing() {
        account("first");

        assertThat(accounts.forReset("nobody")).isEmpty();
    }
}
