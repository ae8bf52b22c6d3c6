package io.mag.keycloak.onboarding.firstlogin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.outbox.EmailOutbox;

/**
 * The "Login Success" email (templates {@code email/{html,text}/mag-login-success.ftl}): the user
 * finished first-time login, and how to return to credentialing later (a link to the account
 * console's Manage OTP page, and the steps My Account, Manage OTP, Purchase or Register
 * Credentials). Rendered in the transaction that completes first-time login and written to the
 * email outbox there: sent after its commit (by another node, or later, if this one dies first or
 * the mail server refuses it), never after a rollback. A failed first send is logged and recorded
 * as an error event; the outbox retries it.
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

    /** Writes the email to the outbox in the current transaction (nothing is sent on rollback). */
    static void enqueue(KeycloakSession session, RealmModel realm, UserModel user, boolean otpConfigured) {
        String accountUrl = Urls.accountBase(session.getContext().getUri().getBaseUri()).build(realm.getName()) + "/";
        Mail mail = new Mail(user.getUsername(), accountUrl, accountUrl + MANAGE_OTP_PATH, otpConfigured);
        String userId = user.getId();
        // Mutable: Keycloak adds its own attributes (locale, msg, user, ...) to this map.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ATTRIBUTE, mail);
        try {
            if (!new EmailOutbox(session, realm).enqueue(user, SUBJECT, List.of(), TEMPLATE, attributes,
                    "Login Success email to user " + userId, (mailSession, mailRealm) -> sendFailed(mailSession, mailRealm, userId))) {
                LOG.debugf("No email address for user %s: Login Success email not sent", userId);
            }
        } catch (EmailException e) {
            LOG.warnf(e, "Login Success email to user %s could not be rendered", userId);
            sendFailed(session, realm, userId);
        }
    }

    private static void sendFailed(KeycloakSession session, RealmModel realm, String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            return;
        }
        new EventBuilder(realm, session)
                .event(EventType.CUSTOM_REQUIRED_ACTION_ERROR)
                .user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, FirstTimeLoginActionFactory.PROVIDER_ID)
                .detail(MagEvents.OPERATION, MagEvents.FIRST_LOGIN_COMPLETED)
                .detail(Details.EMAIL, user.getEmail())
                .error(Errors.EMAIL_SEND_FAILED);
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
