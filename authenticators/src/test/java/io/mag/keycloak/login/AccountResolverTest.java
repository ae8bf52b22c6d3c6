package io.mag.keycloak.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;

import io.mag.keycloak.connection.AccountConnection;
import io.mag.keycloak.connection.AccountConnectionProvider;

class AccountResolverTest {

    private static final String EMAIL = "pat@acme.example";

    private final RealmModel realm = mock(RealmModel.class);
    private final UserProvider users = mock(UserProvider.class);
    private final AccountConnectionProvider connections = mock(AccountConnectionProvider.class);
    private AccountResolver resolver;

    @BeforeEach
    void setUp() {
        KeycloakSession session = mock(KeycloakSession.class);
        when(session.users()).thenReturn(users);
        when(session.getProvider(AccountConnectionProvider.class)).thenReturn(connections);
        when(connections.findByChild(eq(realm), anyString())).thenReturn(Optional.empty());
        when(users.searchForUserStream(eq(realm), anyMap(), anyInt(), anyInt())).thenAnswer(call -> List.of().stream());
        resolver = new AccountResolver(session, realm);
    }

    private static UserModel user(String id) {
        UserModel user = mock(UserModel.class);
        when(user.getId()).thenReturn(id);
        return user;
    }

    private void withEmail(UserModel... accounts) {
        when(users.searchForUserStream(eq(realm), eq(Map.of(UserModel.EMAIL, EMAIL, UserModel.EXACT, "true")), anyInt(), anyInt()))
                .thenAnswer(call -> List.of(accounts).stream());
    }

    private void connectedChild(UserModel child) {
        String childId = child.getId();
        AccountConnection connection = new AccountConnection("connection", "realm", "parent", childId, Instant.EPOCH, "parent");
        when(connections.findByChild(realm, childId)).thenReturn(Optional.of(connection));
    }

    @Test
    void aUsernameWinsOverAnEmail() {
        UserModel named = user("named");
        when(users.getUserByUsername(realm, EMAIL)).thenReturn(named);
        withEmail(user("other"));
        assertThat(resolver.resolve("  " + EMAIL + " ")).isEqualTo(new AccountResolution.Found(named));
    }

    @Test
    void nothingTypedOrAnUnknownNameWithoutAtResolvesToNothing() {
        assertThat(resolver.resolve(null)).isInstanceOf(AccountResolution.NotFound.class);
        assertThat(resolver.resolve("   ")).isInstanceOf(AccountResolution.NotFound.class);
        assertThat(resolver.resolve("nobody")).isInstanceOf(AccountResolution.NotFound.class);
    }

    @Test
    void anEmailOfOneAccountDesignatesIt() {
        UserModel pat = user("pat");
        withEmail(pat);
        assertThat(resolver.resolve(EMAIL)).isEqualTo(new AccountResolution.Found(pat));
    }

    @Test
    void afterAConnectionTheSharedEmailMeansTheParent() {
        UserModel parent = user("parent");
        UserModel child = user("child");
        withEmail(child, parent);
        connectedChild(child);
        assertThat(resolver.resolve(EMAIL)).isEqualTo(new AccountResolution.Found(parent));
    }

    @Test
    void anEmailOfSeveralAccountsThatMaySignInIsAmbiguous() {
        withEmail(user("a"), user("b"));
        assertThat(resolver.resolve(EMAIL)).isInstanceOf(AccountResolution.Ambiguous.class);
    }

    @Test
    void anEmailUsedOnlyByConnectedChildrenNamesOneOfThemForTheChildGuard() {
        UserModel child = user("child");
        withEmail(child);
        connectedChild(child);
        assertThat(resolver.resolve(EMAIL)).isEqualTo(new AccountResolution.Found(child));
    }

    @Test
    void serviceAccountsNeverSignInWithAnEmail() {
        UserModel service = user("service");
        when(service.getServiceAccountClientLink()).thenReturn("client-id");
        withEmail(service);
        assertThat(resolver.resolve(EMAIL)).isInstanceOf(AccountResolution.NotFound.class);
    }

    @Test
    void anUnknownEmailResolvesToNothing() {
        assertThat(resolver.resolve("nobody@acme.example")).isInstanceOf(AccountResolution.NotFound.class);
    }
}
