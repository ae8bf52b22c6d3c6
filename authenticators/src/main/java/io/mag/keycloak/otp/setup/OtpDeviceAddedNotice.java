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
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "A new one-time-password device was added to your account", to the account's email, with what
 * to do if it was not the holder: a password alone may set up a first OTP credential, so the
 * holder must hear of it. Sent for every new OTP credential. A failed send is logged and recorded
 * as an event; it does not undo the setup.
 */
final class OtpDeviceAddedNotice {

    private static final Logger LOG = Logger.getLogger(OtpDeviceAddedNotice.class);

    static final String TEMPLATE = "mag-otp-device-added.ftl";
    static final String SUBJECT = "magOtpDeviceAddedSubject";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;

    OtpDeviceAddedNotice(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
    }

    void send(CredentialModel otp, OtpSetupEvents events) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            LOG.debugf("No email address for user %s: no notice of the new OTP credential", user.getId());
            return;
        }
        long created = otp.getCreatedDate() == null ? Time.currentTimeMillis() : otp.getCreatedDate();
        // Mutable: Keycloak adds its own attributes (locale, msg, user, ...) to this map.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("magOtpDevice", new DeviceMail(otp.getUserLabel() == null ? "" : otp.getUserLabel(),
                MINUTE.format(Instant.ofEpochMilli(created))));
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user).send(SUBJECT, List.of(), TEMPLATE, attributes);
        } catch (EmailException e) {
            LOG.warnf(e, "Notice of a new OTP credential to user %s failed", user.getId());
            events.noticeFailed(otp.getId());
        }
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
