package io.mag.keycloak.access.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.Urls;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;

/**
 * The access-request emails, through Keycloak's EmailTemplateProvider and the realm's email theme
 * (HTML + text, in the recipient's language; user data escaped by FreeMarker). Sent after the
 * commit of what they announce; a failed send is logged, never rolled back into the decision.
 * Links open the account console, where a request is decided: nothing is decided by a link alone.
 */
final class AccessRequestMails {

    private static final Logger LOG = Logger.getLogger(AccessRequestMails.class);

    static final String REQUESTED = "mag-access-requested.ftl";
    static final String GRANTED = "mag-access-granted.ftl";
    static final String DENIED = "mag-access-denied.ftl";

    private final KeycloakSession session;
    private final RealmModel realm;

    AccessRequestMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** To an Application Administrator: who asks for which application, their note, the link to the queue. */
    void requested(UserModel administrator, AccessRequestEntity request) {
        UserModel requester = session.users().getUserById(realm, request.getUserId());
        Mail mail = mail(request, requester);
        if (mail != null) {
            send(administrator, "magAccessRequestedSubject", List.of(mail.getApplication()), REQUESTED, mail);
        }
    }

    void granted(UserModel user, AccessRequestEntity request) {
        Mail mail = mail(request, user);
        if (mail != null) {
            send(user, "magAccessGrantedSubject", List.of(mail.getApplication()), GRANTED, mail);
        }
    }

    void denied(UserModel user, AccessRequestEntity request) {
        Mail mail = mail(request, user);
        if (mail != null) {
            send(user, "magAccessDeniedSubject", List.of(mail.getApplication()), DENIED, mail);
        }
    }

    private Mail mail(AccessRequestEntity request, UserModel requester) {
        ClientModel client = realm.getClientById(request.getClientId());
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(request.getOrganizationId());
        if (client == null || organization == null || requester == null) {
            return null;
        }
        String name = ((requester.getFirstName() == null ? "" : requester.getFirstName()) + " "
                + (requester.getLastName() == null ? "" : requester.getLastName())).strip();
        String account = Urls.accountBase(session.getContext().getUri().getBaseUri()).build(realm.getName()).toString();
        return new Mail(PartnerApplications.displayName(client), organization.getName(), name.isEmpty() ? requester.getUsername() : name,
                requester.getUsername(), request.getNote(), request.getReason(), account + "/content/access-requests");
    }

    private void send(UserModel recipient, String subject, List<Object> subjectAttributes, String template, Mail mail) {
        if (recipient.getEmail() == null || recipient.getEmail().isBlank()) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("magAccess", mail);
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(recipient)
                    .send(subject, subjectAttributes, template, attributes);
        } catch (EmailException e) {
            LOG.warnf(e, "Access request email %s to user %s failed", template, recipient.getId());
        }
    }

    /**
     * What the templates get as {@code magAccess}. Getters, not a record: Keycloak's FreeMarker
     * object wrapper does not expose record accessors.
     */
    public static final class Mail {
        private final String application;
        private final String organization;
        private final String requesterName;
        private final String requesterUsername;
        private final String note;
        private final String reason;
        private final String link;

        Mail(String application, String organization, String requesterName, String requesterUsername, String note, String reason, String link) {
            this.application = application;
            this.organization = organization;
            this.requesterName = requesterName;
            this.requesterUsername = requesterUsername;
            this.note = note;
            this.reason = reason;
            this.link = link;
        }

        public String getApplication() {
            return application;
        }

        public String getOrganization() {
            return organization;
        }

        public String getRequesterName() {
            return requesterName;
        }

        public String getRequesterUsername() {
            return requesterUsername;
        }

        public String getNote() {
            return note;
        }

        public String getReason() {
            return reason;
        }

        public String getLink() {
            return link;
        }
    }
}
