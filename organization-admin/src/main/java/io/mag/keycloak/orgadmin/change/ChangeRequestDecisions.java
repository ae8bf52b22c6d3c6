package io.mag.keycloak.orgadmin.change;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.AfterCommit;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.queue.OperatorQueueChanged;
import io.mag.keycloak.common.queue.QueueDecided;
import io.mag.keycloak.common.queue.QueueDecisionRefused;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/**
 * An operator's decision on a pending change request, in the caller's transaction (the admin REST
 * request, or the admin console queue's save). The row is updated and flushed first, so that of
 * two decisions at the same moment the second fails on the row's version; an approval then
 * changes the organization or the user in the same transaction. Emails go out after the commit.
 * Nobody decides a request they filed or that is about them.
 */
public final class ChangeRequestDecisions {

    private static final Logger LOG = Logger.getLogger(ChangeRequestDecisions.class);

    /** The decision cannot be made; the message key says why. Nothing was changed. */
    public static final class Refused extends RuntimeException {
        private final String messageKey;

        public Refused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public ChangeRequestDecisions(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void approve(ChangeRequestEntity request, UserModel operator) {
        OrganizationModel organization = check(request, operator);
        UserModel subject = subject(request);
        decide(request, ChangeRequestStatus.APPROVED, operator, null);
        new ChangeApplication(session, realm).apply(request, organization, subject);
        ChangeRequestEvents.success(session, realm, request, MagEvents.CHANGE_APPROVED, operator.getId());
        mails(request, organization.getName(), true, null);
        LOG.debugf("Change request %s approved by %s", request.getId(), operator.getId());
    }

    public void reject(ChangeRequestEntity request, UserModel operator, String reason) {
        OrganizationModel organization = check(request, operator);
        decide(request, ChangeRequestStatus.REJECTED, operator, reason);
        ChangeRequestEvents.success(session, realm, request, MagEvents.CHANGE_REJECTED, operator.getId());
        mails(request, organization.getName(), false, reason);
        LOG.debugf("Change request %s rejected by %s", request.getId(), operator.getId());
    }

    private OrganizationModel check(ChangeRequestEntity request, UserModel operator) {
        if (!ChangeRequestStatus.PENDING.name().equals(request.getStatus())) {
            throw new Refused(QueueDecisionRefused.NOT_PENDING);
        }
        if (operator.getId().equals(request.getRequesterId()) || operator.getId().equals(request.getSubjectUserId())) {
            throw new Refused(QueueDecisionRefused.OWN_REQUEST);
        }
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(request.getOrganizationId());
        if (organization == null) {
            throw new Refused(QueueDecisionRefused.NOT_PENDING);
        }
        return organization;
    }

    private UserModel subject(ChangeRequestEntity request) {
        if (request.getSubjectUserId() == null) {
            return null;
        }
        UserModel subject = session.users().getUserById(realm, request.getSubjectUserId());
        if (subject == null) {
            throw new Refused(QueueDecisionRefused.NOT_PENDING);
        }
        return subject;
    }

    private void decide(ChangeRequestEntity request, ChangeRequestStatus status, UserModel operator, String reason) {
        request.setStatus(status.name());
        request.setDecidedAt(Time.currentTimeMillis());
        request.setDecidedBy(operator.getId());
        request.setReason(reason);
        // Frees the subject and kind for a new request.
        request.setOpenKey(request.getId());
        // The version check happens here: a concurrent decision fails now, before anything else changes.
        new ChangeRequests(session).flush();
        OperatorQueueChanged.publish(session, realm);
    }

    private void mails(ChangeRequestEntity request, String organizationName, boolean approved, String reason) {
        String id = request.getId();
        AfterCommit.run(session, realm, (approved ? "Approval" : "Rejection") + " emails of change request " + id,
                (mailSession, mailRealm) -> new ChangeRequests(mailSession).find(mailRealm, id)
                        .ifPresent(stored -> new ChangeRequestMails(mailSession, mailRealm).decided(stored, organizationName, approved, reason)));
    }

    /**
     * The admin event of a decision, the same from admin REST and from the admin console's queue:
     * USER for a change of a user (email, legal name, new Organization Administrator), ORGANIZATION
     * for a change of the organization.
     */
    public static QueueDecided adminEvent(ChangeRequestEntity request, boolean approved, String reason) {
        Map<String, String> representation = new LinkedHashMap<>();
        representation.put("changeRequestId", request.getId());
        representation.put("organizationId", request.getOrganizationId());
        representation.put("kind", request.getKind());
        representation.put("decision", approved ? "approved" : "rejected");
        if (request.getSubjectUserId() != null) {
            representation.put("userId", request.getSubjectUserId());
        }
        if (reason != null) {
            representation.put("reason", reason);
        }
        return new QueueDecided(request.getSubjectUserId() == null ? ResourceType.ORGANIZATION : ResourceType.USER,
                "mag-change-requests/" + request.getId() + (approved ? "/approve" : "/reject"), representation);
    }
}
