package io.mag.keycloak.access.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.events.Errors;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.services.Urls;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;
import io.mag.keycloak.common.outbox.EmailOutbox;

/**
 * The access-request emails, rendered as Keycloak's EmailTemplateProvider renders them (the realm's
 * email theme, HTML + text, in the recipient's language; user data escaped by FreeMarker) and
 * written to the email outbox in the transaction of what they announce: sent after its commit,
 * never for a request or decision that rolled back. A failed send is retried by the outbox, never
 * rolled back into the decision; a failed first send is recorded as an event.
 * Links open the account console, where a request is decided: nothing is decided by a link alone.
 */
final class AccessRequestMails {

    private static final Logger LOG = Logger.getLogger(AccessRequestMails.class);

    static final String REQUESTED = "mag-access-requested.ftl";
    static final String GRANTED = "mag-access-granted.ftl";
    static final String DENIED = "mag-access-denied.ftl";

    /** The account console's Access Requests page (the queue) and Dashboard page (content.json paths). */
    private static final String QUEUE_PAGE = "/content/access-requests";
    private static final String DASHBOARD_PAGE = "/content/dashboard";

    private final KeycloakSession session;
    private final RealmModel realm;

    AccessRequestMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** To an Application Administrator: who asks for which application, their note, the link to the queue. */
    void requested(UserModel administrator, AccessRequestEntity request) {
        UserModel requester = session.users().getUserById(realm, request.getUserId());
        Mail mail = mail(request, requester, QUEUE_PAGE);
        if (mail != null) {
            send(administrator, MagEvents.ACCESS_REQUESTED, request, "magAccessRequestedSubject", List.of(mail.getApplication()), REQUESTED, mail);
        }
    }

    /** To the requester: access approved, the link to their dashboard, where the application has Launch now. */
    void granted(UserModel user, AccessRequestEntity request) {
        Mail mail = mail(request, user, DASHBOARD_PAGE);
        if (mail != null) {
            send(user, MagEvents.ACCESS_GRANTED, request, "magAccessGrantedSubject", List.of(mail.getApplication()), GRANTED, mail);
        }
    }

    void denied(UserModel user, AccessRequestEntity request) {
        Mail mail = mail(request, user, DASHBOARD_PAGE);
        if (mail != null) {
            send(user, MagEvents.ACCESS_DENIED, request, "magAccessDeniedSubject", List.of(mail.getApplication()), DENIED, mail);
        }
    }

    /** {@code page}: the account console page the link opens. */
    private Mail mail(AccessRequestEntity request, UserModel requester, String page) {
        ClientModel client = realm.getClientById(request.getClientId());
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(request.getOrganizationId());
        if (client == null || organization == null || requester == null) {
            return null;
        }
        String name = ((requester.getFirstName() == null ? "" : requester.getFirstName()) + " "
                + (requester.getLastName() == null ? "" : requester.getLastName())).strip();
        String account = Urls.accountBase(session.getContext().getUri().getBaseUri()).build(realm.getName()).toString();
        return new Mail(request.getId(), PartnerApplications.displayName(client), organization.getName(),
                name.isEmpty() ? requester.getUsername() : name, requester.getUsername(), request.getNote(), request.getReason(), account + page);
    }

    /**
     * Rendered now and written to the email outbox in the current transaction (the one that files
     * or decides the request), sent after its commit; if this node dies first, another node sends
     * it (see {@link EmailOutbox}). Nothing is sent for a transaction that rolls back. A first send
     * that fails (the mail server is down) is recorded as the {@code operation}'s event with error
     * {@code email_send_failed}, so that an operator sees it; the outbox sends it again later.
     */
    private void send(UserModel recipient, String operation, AccessRequestEntity request, String subject, List<Object> subjectAttributes,
                      String template, Mail mail) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("magAccess", mail);
        String recipientId = recipient.getId();
        String requestId = request.getId();
        String organizationId = request.getOrganizationId();
        String clientId = request.getClientId();
        try {
            new EmailOutbox(session, realm).enqueue(recipient, subject, subjectAttributes, template, attributes,
                    "Access request email " + template + " of request " + mail.requestId,
                    (mailSession, mailRealm) -> sendFailed(mailSession, mailRealm, operation, recipientId, requestId, organizationId, clientId));
        } catch (EmailException e) {
            LOG.warnf(e, "Access request email %s to user %s could not be rendered", template, recipient.getId());
        }
    }

    /** In the failed send's own session (the request's is over): only ids cross over. */
    private static void sendFailed(KeycloakSession session, RealmModel realm, String operation, String recipientId, String requestId,
                                   String organizationId, String clientId) {
        UserModel recipient = session.users().getUserById(realm, recipientId);
        if (recipient == null) {
            return;
        }
        AccessEvents.of(session, realm, operation, organizationId, realm.getClientById(clientId))
                .user(recipient)
                .detail(MagEvents.REQUEST_ID, requestId)
                .error(Errors.EMAIL_SEND_FAILED);
    }

    /**
     * What the templates get as {@code magAccess}. Getters, not a record: Keycloak's FreeMarker
     * object wrapper does not expose record accessors.
     */
    public static final class Mail {
        /** For the outbox's log lines only; not shown in the emails. */
        private final String requestId;
        private final String application;
        private final String organization;
        private final String requesterName;
        private final String requesterUsername;
        private final String note;
        private final String reason;
        private final String link;

        Mail(String requestId, String application, String organization, String requesterName, String requesterUsername, String note,
             String reason, String link) {
            this.requestId = requestId;
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
