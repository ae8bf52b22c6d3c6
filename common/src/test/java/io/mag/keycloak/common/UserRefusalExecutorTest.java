package io.mag.keycloak.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.ClientPolicyClientSessionContext;

class UserRefusalExecutorTest {

    private final KeycloakSession session = mock(KeycloakSession.class, RETURNS_DEEP_STUBS);
    private final RealmModel realm = mock(RealmModel.class);
    private final UserModel user = mock(UserModel.class);
    private final List<UserModel> asked = new ArrayList<>();

    @Test
    void aRefusedUserGetsInvalidGrantWithTheExecutorsDescription() {
        when(session.getContext().getRealm()).thenReturn(realm);

        assertThatThrownBy(() -> executor(u -> true).executeOnEvent(grantFor(ClientPolicyEvent.TOKEN_REQUEST)))
                .isInstanceOfSatisfying(ClientPolicyException.class, e -> {
                    assertThat(e.getError()).isEqualTo("invalid_grant");
                    assertThat(e.getErrorDetail()).isEqualTo("test_refused");
                });
        assertThat(asked).containsExactly(user);
    }

    @Test
    void anAllowedUserPasses() throws Exception {
        when(session.getContext().getRealm()).thenReturn(realm);

        executor(u -> false).executeOnEvent(grantFor(ClientPolicyEvent.USERINFO_REQUEST));

        assertThat(asked).containsExactly(user);
    }

    @Test
    void eventsThatAreNotAGrantsCheckAskNothing() {
        when(session.getContext().getRealm()).thenReturn(realm);

        assertThatNoException().isThrownBy(() -> executor(u -> true).executeOnEvent(grantFor(ClientPolicyEvent.AUTHORIZATION_REQUEST)));
        assertThat(asked).isEmpty();
    }

    @Test
    void noCheckMeansNoRefusal() {
        when(session.getContext().getRealm()).thenReturn(realm);

        assertThatNoException().isThrownBy(() -> executor(null).executeOnEvent(grantFor(ClientPolicyEvent.TOKEN_REQUEST)));
    }

    private ClientPolicyContext grantFor(ClientPolicyEvent event) {
        AuthenticatedClientSessionModel clientSession = mock(AuthenticatedClientSessionModel.class, RETURNS_DEEP_STUBS);
        when(clientSession.getUserSession().getUser()).thenReturn(user);
        ClientPolicyClientSessionContext context = mock(ClientPolicyClientSessionContext.class);
        when(context.getEvent()).thenReturn(event);
        when(context.getClientSession()).thenReturn(clientSession);
        return context;
    }

    private UserRefusalExecutor executor(Predicate<UserModel> refused) {
        return new UserRefusalExecutor(session, "mag-test", "test_refused") {
            @Override
            protected Predicate<UserModel> refusal(RealmModel r, ClientPolicyContext context) {
                return refused == null ? null : u -> {
                    asked.add(u);
                    return refused.test(u);
                };
            }
        };
    }
}
