package io.mag.keycloak.orgadmin.users;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.AfterCommit;
import io.mag.keycloak.common.firstlogin.FirstTimeLoginLinks;

/**
 * The email to a user an Organization Administrator created (or whose instructions they resent):
 * the organization, the User ID, that the One Time Password comes from their administrator, and
 * the First Time Login link, which verifies the address. Sent once the transaction has committed
 * (the link is signed now: it needs the request's URI); a failed send is logged.
 */
final class UserCreatedMail {

    private static final Logger LOG = Logger.getLogger(UserCreatedMail.class);
    static final String TEMPLATE = "mag-user-created.ftl";

    private UserCreatedMail() {
    }

    static void sendAfterCommit(KeycloakSession session, RealmModel realm, UserModel user, String organizationName, String administratorName) {
        int validity = FirstTimeLoginLinks.validitySeconds(realm);
        String link = FirstTimeLoginLinks.link(session, realm, user, validity);
        String userId = user.getId();
        AfterCommit.run(session, realm, "First Time Login email to user " + userId, (mailSession, mailRealm) -> {
            UserModel recipient = mailSession.users().getUserById(mailRealm, userId);
            if (recipient == null || recipient.getEmail() == null) {
                return;
            }
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("magUserCreated", new Mail(organizationName, recipient.getUsername(), administratorName, link, validity / (24 * 3600)));
            try {
                mailSession.getProvider(EmailTemplateProvider.class).setRealm(mailRealm).setUser(recipient)
                        .send("magUserCreatedSubject", List.of(organizationName), TEMPLATE, attributes);
            } catch (EmailException e) {
                LOG.warnf(e, "First Time Login email to user %s failed", userId);
            }
        });
    }

    /** What the template gets as {@code magUserCreated}; getters for FreeMarker. */
    public static final class Mail {
        private final String organizationName;
        private final String userId;
        private final String administratorName;
        private final String link;
        private final int linkValidityDays;

        Mail(String organizationName, String userId, String administratorName, String link, int linkValidityDays) {
            this.organizationName = organizationName;
            this.userId = userId;
            this.administratorName = administratorName;
            this.link = link;
            this.linkValidityDays = linkValidityDays;
        }

        public String getOrganizationName() {
            return organizationName;
        }

        public String getUserId() {
            return userId;
        }

        public String getAdministratorName() {
            return administratorName;
        }

        public String getLink() {
            return link;
        }

        public int getLinkValidityDays() {
            return linkValidityDays;
        }
    }
}
