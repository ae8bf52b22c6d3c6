package io.mag.keycloak.onboarding.firstlogin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;

import io.mag.keycloak.common.AfterCommit;
import io.mag.keycloak.common.MagEvents;

/**
 * The "Login Success" email (templates {@code email/{html,text}/mag-login-success.ftl}): the user
 * finished first-time login, and how to return to credentialing later (a link to the account
 * console's Manage OTP page, and the steps My Account, Manage OTP, Purchase or Register
 * Credentials). Sent only once the transaction that completed first-time login has committed,
 * in a transaction of its own; a send failure is logged and recorded as an error event.
 */
final class LoginSuccessEmail {

    private static final Logger LOG = Logger.getLogger(LoginSuccessEmail.class);

    static final String TEMPLATE = "mag-login-success.ftl";
    static final String SUBJECT = "magLoginSuccessSubject";
    static final String ATTRIBUTE = "magLoginSuccess";
    /**
     * The account console's Manage OTP entry ({@code path} in the mag account theme's
     * content.json), relative to {@code /realms/{realm}/account/}.
     */
    static final String MANAGE_OTP_PATH = "content/manage-otp";

    private LoginSuccessEmail() {
    }

    /** Enlists the email to be sent after the current transaction commits (nothing is sent on rollback). */
    static void sendAfterCommit(KeycloakSession session, RealmModel realm, UserModel user, boolean otpConfigured) {
        String accountUrl = Urls.accountBase(session.getContext().getUri().getBaseUri()).build(realm.getName()) + "/";
        Mail mail = new Mail(user.getUsername(), accountUrl, accountUrl + MANAGE_OTP_PATH, otpConfigured);
        String userId = user.getId();
        AfterCommit.run(session, realm, "Login Success email to user " + userId,
                (mailSession, mailRealm) -> send(mailSession, mailRealm, userId, mail));
    }

    private static void send(KeycloakSession session, RealmModel realm, String userId, Mail mail) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            return;
        }
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            LOG.debugf("No email address for user %s: Login Success email not sent", userId);
            return;
        }
        // Mutable: Keycloak adds its own attributes (locale, msg, user, ...) to this map.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ATTRIBUTE, mail);
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .send(SUBJECT, List.of(), TEMPLATE, attributes);
        } catch (EmailException e) {
            LOG.warnf(e, "Login Success email to user %s failed", userId);
            new EventBuilder(realm, session)
                    .event(EventType.CUSTOM_REQUIRED_ACTION_ERROR)
                    .user(user)
                    .detail(Details.CUSTOM_REQUIRED_ACTION, FirstTimeLoginActionFactory.PROVIDER_ID)
                    .detail(MagEvents.OPERATION, MagEvents.FIRST_LOGIN_COMPLETED)
                    .detail(Details.EMAIL, user.getEmail())
                    .error(Errors.EMAIL_SEND_FAILED);
        }
    }

    /**
     * What the templates get as {@code magLoginSuccess} (escaped by FreeMarker like all user data).
     * Getters, not a record: Keycloak's FreeMarker object wrapper does not expose record accessors.
     */
    public static final class Mail {
        private final String userId;
        private final String accountUrl;
        private final String manageOtpUrl;
        private final boolean otpConfigured;

        Mail(String userId, String accountUrl, String manageOtpUrl, boolean otpConfigured) {
            this.userId = userId;
            this.accountUrl = accountUrl;
            this.manageOtpUrl = manageOtpUrl;
            this.otpConfigured = otpConfigured;
        }

        /** The gateway User ID: the username the user signs in with. */
        public String getUserId() {
            return userId;
        }

        public String getAccountUrl() {
            return accountUrl;
        }

        public String getManageOtpUrl() {
            return manageOtpUrl;
        }

        public boolean isOtpConfigured() {
            return otpConfigured;
        }
    }
}
