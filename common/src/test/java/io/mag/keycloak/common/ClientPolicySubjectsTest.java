package io.mag.keycloak.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.jose.jws.JWSBuilder;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.JWTAuthorizationGrantValidationContext;
import org.keycloak.protocol.oidc.TokenExchangeContext;
import org.keycloak.protocol.oidc.grants.ciba.channel.CIBAAuthenticationRequest;
import org.keycloak.protocol.oidc.grants.ciba.clientpolicy.context.BackchannelAuthenticationRequestContext;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.services.clientpolicy.context.AuthorizationRequestContext;
import org.keycloak.services.clientpolicy.context.JWTAuthorizationGrantContext;
import org.keycloak.services.clientpolicy.context.ResourceOwnerPasswordCredentialsResponseContext;
import org.keycloak.services.clientpolicy.context.TokenExchangeRequestContext;
import org.keycloak.services.clientpolicy.context.TokenRequestContext;

/** Which user each kind of client-policy event is about. */
class ClientPolicySubjectsTest {

    KeycloakSession session = mock(KeycloakSession.class);
    RealmModel realm = mock(RealmModel.class);
    UserProvider users = mock(UserProvider.class);
    UserModel user = mock(UserModel.class);

    @BeforeEach
    void setUp() {
        when(session.users()).thenReturn(users);
        when(user.getId()).thenReturn("user-id");
    }

    private AuthenticatedClientSessionModel clientSessionOf(UserModel owner) {
        UserSessionModel userSession = mock(UserSessionModel.class);
        when(userSession.getUser()).thenReturn(owner);
        AuthenticatedClientSessionModel clientSession = mock(AuthenticatedClientSessionModel.class);
        when(clientSession.getUserSession()).thenReturn(userSession);
        return clientSession;
    }

    @Test
    void codeGrantIsAboutTheUserOfItsClientSession() {
        AuthenticatedClientSessionModel clientSession = clientSessionOf(user);
        TokenRequestContext context = mock(TokenRequestContext.class);
        when(context.getClientSession()).thenReturn(clientSession);

        assertThat(ClientPolicySubjects.of(session, realm, context)).containsExactly(user);
    }

    @Test
    void passwordGrantIsAboutTheUserOfItsResponse() {
        AuthenticatedClientSessionModel clientSession = clientSessionOf(user);
        ClientSessionContext sessionContext = mock(ClientSessionContext.class);
        when(sessionContext.getClientSession()).thenReturn(clientSession);
        ResourceOwnerPasswordCredentialsResponseContext context = mock(ResourceOwnerPasswordCredentialsResponseContext.class);
        when(context.getClientSessionContext()).thenReturn(sessionContext);

        assertThat(ClientPolicySubjects.of(session, realm, context)).containsExactly(user);
    }

    @Test
    void cibaRequestIsAboutItsLoginHintUser() {
        CIBAAuthenticationRequest request = mock(CIBAAuthenticationRequest.class);
        when(request.getUser()).thenReturn(user);
        BackchannelAuthenticationRequestContext context = mock(BackchannelAuthenticationRequestContext.class);
        when(context.getParsedRequest()).thenReturn(request);

        assertThat(ClientPolicySubjects.of(session, realm, context)).containsExactly(user);
    }

    @Test
    void tokenExchangeIsAboutTheSubjectTokensSubjectAndTheRequestedSubject() {
        JsonWebToken subjectToken = new JsonWebToken();
        subjectToken.subject("user-id");
        String unsigned = new JWSBuilder().jsonContent(subjectToken).none();
        UserModel impersonated = mock(UserModel.class);
        when(users.getUserById(realm, "user-id")).thenReturn(user);
        when(users.getUserByUsername(realm, "someone")).thenReturn(impersonated);
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add(OAuth2Constants.REQUESTED_SUBJECT, "someone");
        TokenExchangeContext exchange = mock(TokenExchangeContext.class);
        TokenExchangeContext.Params params = mock(TokenExchangeContext.Params.class);
        when(params.getSubjectToken()).thenReturn(unsigned);
        when(exchange.getParams()).thenReturn(params);
        when(exchange.getFormParams()).thenReturn(form);
        TokenExchangeRequestContext context = mock(TokenExchangeRequestContext.class);
        when(context.getTokenExchangeContext()).thenReturn(exchange);

        assertThat(ClientPolicySubjects.of(session, realm, context)).containsExactly(user, impersonated);
    }

    @Test
    void jwtAuthorizationGrantIsAboutTheLinkedAccount() {
        JWTAuthorizationGrantValidationContext grant = mock(JWTAuthorizationGrantValidationContext.class);
        when(grant.getSubject()).thenReturn("external-subject");
        JWTAuthorizationGrantContext context = mock(JWTAuthorizationGrantContext.class);
        when(context.getIdentityProviderAlias()).thenReturn("partner");
        when(context.getAuthorizationGrantContext()).thenReturn(grant);
        when(users.getUserByFederatedIdentity(eq(realm), any(FederatedIdentityModel.class))).thenAnswer(call -> {
            FederatedIdentityModel link = call.getArgument(1);
            return "partner".equals(link.getIdentityProvider()) && "external-subject".equals(link.getUserId()) ? user : null;
        });

        assertThat(ClientPolicySubjects.of(session, realm, context)).containsExactly(user);
    }

    @Test
    void authorizationRequestHasNoUserYet() {
        assertThat(ClientPolicySubjects.of(session, realm, mock(AuthorizationRequestContext.class))).isEmpty();
    }
}
