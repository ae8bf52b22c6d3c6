package io.mag.keycloak.otp.setup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.email.EmailException;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.outbox.EmailOutbox;

/**
 * "A new one-time-password device was added to your account", to the account's email, with what
 * to do if it was not the holder: a password alone may set up a first OTP credential, so the
 * holder must hear of it. Written for every new OTP credential to the email outbox in the
 * transaction that adds the credential: sent after its commit (by another node, or later, if this
 * one dies first or the mail server refuses it), never for a setup that rolled back. A failed first
 * send is logged and recorded as an event; the outbox retries it.
 */
final class OtpDeviceAddedNotice {

    private static final Logger LOG = Logger.getLogger(OtpDeviceAddedNotice.class);

    static final String TEMPLATE = "mag-otp-device-added.ftl";
    static final String SUBJECT = "magOtpDeviceAddedSubject";
    /** Handed to the template as text, which writes it in the reader's format (mag-i18n.ftl, minute). */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;

    OtpDeviceAddedNotice(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
    }

    /** Writes the notice of this new credential to the outbox, in the current transaction. */
    void enqueue(CredentialModel otp) {
        String userId = user.getId();
        String credentialId = otp.getId();
        long created = otp.getCreatedDate() == null ? Time.currentTimeMillis() : otp.getCreatedDate();
        DeviceMail device = new DeviceMail(otp.getUserLabel() == null ? "" : otp.getUserLabel(), MINUTE.format(Instant.ofEpochMilli(created)));
        // Mutable: Keycloak adds its own attributes (locale, msg, user, ...) to this map.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("magOtpDevice", device);
        try {
            if (!new EmailOutbox(session, realm).enqueue(user, SUBJECT, List.of(), TEMPLATE, attributes,
                    "New OTP device notice to user " + userId,
                    (mailSession, mailRealm) -> sendFailed(mailSession, mailRealm, userId, credentialId))) {
                LOG.debugf("No email address for user %s: no notice of the new OTP credential", userId);
            }
        } catch (EmailException e) {
            LOG.warnf(e, "Notice of a new OTP credential to user %s could not be rendered", userId);
            sendFailed(session, realm, userId, credentialId);
        }
    }

    private static void sendFailed(KeycloakSession session, RealmModel realm, String userId, String credentialId) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            return;
        }
        new EventBuilder(realm, session)
                .event(EventType.CUSTOM_REQUIRED_ACTION_ERROR)
                .user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, OtpSetupActionFactory.PROVIDER_ID)
                .detail(MagEvents.OPERATION, MagEvents.OTP_ADDED)
                .detail(Details.CREDENTIAL_ID, credentialId)
                .detail(Details.CREDENTIAL_TYPE, OTPCredentialModel.TYPE)
                .error(Errors.EMAIL_SEND_FAILED);
    }

    /** What the templates get as {@code magOtpDevice}. Getters: Keycloak's FreeMarker wrapper does not expose record accessors. */
    public static final class DeviceMail {
        private final String label;
        private final String addedAt;

        DeviceMail(String label, String addedAt) {
            this.label = label;
            this.addedAt = addedAt;
        }

        public String getLabel() {
            return label;
        }

        public String getAddedAt() {
            return addedAt;
        }
    }
}
