package io.mag.keycloak.login;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

import io.mag.keycloak.common.MagEvents;

/**
 * The emails of "Forgot password" and "Forgot User ID?", sent with Keycloak's
 * EmailTemplateProvider in the realm's email theme. A password reset is Keycloak's own: its
 * reset-credentials action token (signed, expiring after the realm's "Forgot password" lifespan,
 * single-use, bound to the account and its email) and its password-reset template; it is sent here
 * only when one address answers for several accounts, which Keycloak's Send Reset Email step cannot
 * do. Each event is SEND_RESET_PASSWORD, as Keycloak's step records it.
 */
final class RecoveryMails {

    private static final Logger LOG = Logger.getLogger(RecoveryMails.class);

    static final String USER_IDS_SUBJECT = "magForgotUserIdSubject";
    static final String USER_IDS_TEMPLATE = "mag-forgot-user-id.ftl";

    private final AuthenticationFlowContext context;

    RecoveryMails(AuthenticationFlowContext context) {
        this.context = context;
    }

    /** A reset email to each account; false when any could not be sent. */
    boolean sendPasswordResets(List<UserModel> accounts, String typed) {
        boolean allSent = true;
        for (UserModel account : accounts) {
            allSent &= sendPasswordReset(account, typed);
        }
        return allSent;
    }

    private boolean sendPasswordReset(UserModel user, String typed) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        RealmModel realm = context.getRealm();
        int validitySeconds = realm.getActionTokenGeneratedByUserLifespan(ResetCredentialsActionToken.TOKEN_TYPE);
        // The token names this authentication session, so that following the link in the same
        // browser continues it; Keycloak starts a fresh one in another browser.
        ResetCredentialsActionToken token = new ResetCredentialsActionToken(user.getId(), user.getEmail(),
                Time.currentTime() + validitySeconds,
                AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId(),
                authSession.getClient().getClientId());
        String link = context.getActionTokenUrl(token.serialize(context.getSession(), realm, context.getUriInfo())).toString();
        EventBuilder event = context.getEvent().clone()
                .event(EventType.SEND_RESET_PASSWORD)
                .user(user)
                .detail(Details.USERNAME, typed)
                .detail(Details.EMAIL, user.getEmail());
        try {
            emails(user).sendPasswordReset(link, TimeUnit.SECONDS.toMinutes(validitySeconds));
            event.detail(Details.CODE_ID, authSession.getParentSession().getId()).success();
            return true;
        } catch (EmailException e) {
            LOG.warnf(e, "Password reset email to user %s failed", user.getId());
            event.detail(Details.REASON, e.getMessage()).error(Errors.EMAIL_SEND_FAILED);
            return false;
        }
    }

    /** One email to the address these accounts share, listing their User IDs; false when it could not be sent. */
    boolean sendUserIds(List<UserModel> accounts) {
        UserModel addressee = accounts.get(0);
        RecoverableAccounts recoverable = new RecoverableAccounts(context.getSession(), context.getRealm());
        List<UserIdLine> lines = accounts.stream()
                .map(account -> new UserIdLine(account.getUsername(), recoverable.isConnectedChild(account)))
                .toList();
        // Mutable: Keycloak adds its own attributes (locale, msg, user, ...) to this map.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("magUserIds", lines);
        EventBuilder event = context.getEvent().clone()
                .event(EventType.SEND_RESET_PASSWORD)
                .user(addressee)
                .detail(Details.EMAIL, addressee.getEmail())
                .detail(MagEvents.OPERATION, MagEvents.SEND_USER_IDS);
        try {
            emails(addressee).send(USER_IDS_SUBJECT, USER_IDS_TEMPLATE, attributes);
            event.success();
            return true;
        } catch (EmailException e) {
            LOG.warnf(e, "User ID reminder to the address of user %s failed", addressee.getId());
            event.detail(Details.REASON, e.getMessage()).error(Errors.EMAIL_SEND_FAILED);
            return false;
        }
    }

    private EmailTemplateProvider emails(UserModel user) {
        return context.getSession().getProvider(EmailTemplateProvider.class)
                .setRealm(context.getRealm())
                .setUser(user)
                .setAuthenticationSession(context.getAuthenticationSession());
    }

    /**
     * One User ID in the reminder ({@code magUserIds}, escaped by FreeMarker like all user data).
     * Getters, not a record: Keycloak's FreeMarker object wrapper does not expose record accessors.
     */
    public static final class UserIdLine {

        private final String userId;
        private final boolean connectedChild;

        UserIdLine(String userId, boolean connectedChild) {
            this.userId = userId;
            this.connectedChild = connectedChild;
        }

        public String getUserId() {
            return userId;
        }

        public boolean isConnectedChild() {
            return connectedChild;
        }
    }
}
