package io.mag.keycloak.common.firstlogin;

import java.util.Locale;
import java.util.Objects;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.keycloak.TokenVerifier.Predicate;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.ErrorPage;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Follows a First Time Login link ({@link FirstTimeLoginLinkToken}: an approval email's, or the email of
 * a user an Organization Administrator created), the way Keycloak's
 * own verify-email link works:
 * <ol>
 *   <li>Opened in a browser without the link's session (the usual case, and what a mail scanner
 *       does), it only shows a confirmation page naming the address, whose link is the same token
 *       bound to this browser's authentication session. Nothing changes yet.</li>
 *   <li>Confirmed in that browser, it marks the address verified (event VERIFY_EMAIL, Keycloak's
 *       pending VERIFY_EMAIL action removed) and continues to First Time Login: the account
 *       console, whose sign-in asks for the User ID and One Time Password as before.</li>
 * </ol>
 * The token verifies only the address it was sent to (a changed email refuses it), only once
 * (a single-use marker in SingleUseObjectProvider until the token expires), and only for an
 * enabled user (Keycloak checks that before this handler runs).
 */
public final class FirstTimeLoginLinkHandler extends AbstractActionTokenHandler<FirstTimeLoginLinkToken> {

    static final String USED_PREFIX = "mag-approval-link-used:";
    static final String LINK_DETAIL = "mag_link";

    public FirstTimeLoginLinkHandler() {
        super(FirstTimeLoginLinkToken.TOKEN_TYPE, FirstTimeLoginLinkToken.class, "magApprovalLinkInvalid", EventType.VERIFY_EMAIL, Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super FirstTimeLoginLinkToken>[] getVerifiers(ActionTokenContext<FirstTimeLoginLinkToken> context) {
        return TokenUtils.predicates(TokenUtils.checkThat(
                token -> sameAddress(token.getEmail(), context.getAuthenticationSession().getAuthenticatedUser().getEmail()),
                Errors.INVALID_EMAIL, "magApprovalLinkEmailChanged"));
    }

    @Override
    public Response handleToken(FirstTimeLoginLinkToken token, ActionTokenContext<FirstTimeLoginLinkToken> context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UriInfo uri = context.getUriInfo();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UserModel user = authSession.getAuthenticatedUser();
        EventBuilder event = context.getEvent().event(EventType.VERIFY_EMAIL).user(user)
                .detail(Details.EMAIL, user.getEmail()).detail(LINK_DETAIL, FirstTimeLoginLinkToken.TOKEN_TYPE);

        if (context.isAuthenticationSessionFresh()) {
            token.setCompoundAuthenticationSessionId(AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId());
            String confirm = Urls.actionTokenBuilder(uri.getBaseUri(), token.serialize(session, realm, uri),
                            authSession.getClient().getClientId(), authSession.getTabId(),
                            AuthenticationProcessor.getClientData(session, authSession))
                    .build(realm.getName()).toString();
            return session.getProvider(LoginFormsProvider.class)
                    .setAuthenticationSession(authSession)
                    .setSuccess("magApprovalLinkConfirm", user.getEmail())
                    .setAttribute(Constants.TEMPLATE_ATTR_ACTION_URI, confirm)
                    .createInfoPage();
        }

        long lifetime = Math.max(1, (long) token.getExp() - Time.currentTime());
        if (!session.singleUseObjects().putIfAbsent(USED_PREFIX + token.serializeKey(), lifetime)) {
            event.detail(Details.REASON, "used").error(Errors.INVALID_TOKEN);
            return ErrorPage.error(session, authSession, Response.Status.BAD_REQUEST, "magApprovalLinkUsed");
        }
        user.setEmailVerified(true);
        user.removeRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
        event.success();
        // The link authenticates nobody: this session ends here, and First Time Login signs in anew.
        new AuthenticationSessionManager(session).removeAuthenticationSession(realm, authSession, true);
        return Response.seeOther(FirstTimeLoginLinks.firstTimeLoginUri(session, realm)).build();
    }

    private static boolean sameAddress(String linked, String current) {
        return linked != null && current != null && Objects.equals(linked.strip().toLowerCase(Locale.ROOT),
                current.strip().toLowerCase(Locale.ROOT));
    }
}
