package io.mag.keycloak.orgadmin.change;

import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.queue.OperatorQueueChanged;
import io.mag.keycloak.common.queue.QueueDecisionRefused;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/**
 * The requester takes back a pending change request, in the caller's transaction: it becomes
 * WITHDRAWN, leaves the operator's queue and frees its subject and kind for a new request. Only
 * the user who filed it may (an Organization Administrator's request for a member is theirs, not
 * the member's); a decided request stays decided. Like a decision, the row's version makes a
 * withdrawal and a decision at the same moment end with one of them.
 */
public final class ChangeRequestWithdrawal {

    private static final Logger LOG = Logger.getLogger(ChangeRequestWithdrawal.class);

    /** Why a withdrawal was refused: HTTP status, API error code, message key of the login theme. Nothing was changed. */
    public static final class Refused extends RuntimeException {
        private final int status;
        private final String error;
        private final String messageKey;

        Refused(int status, String error, String messageKey) {
            super(messageKey, null, false, false);
            this.status = status;
            this.error = error;
            this.messageKey = messageKey;
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public ChangeRequestWithdrawal(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public ChangeRequestEntity withdraw(UserModel requester, String requestId) {
        ChangeRequestEntity request = new ChangeRequests(session).find(realm, requestId).orElse(null);
        if (request == null) {
            ChangeRequestEvents.refused(session, realm, requester.getId(), MagEvents.CHANGE_WITHDRAWN, null, null,
                    Errors.INVALID_REQUEST, null);
            throw new Refused(404, "change_request_not_found", "magChangeNotFound");
        }
        if (!requester.getId().equals(request.getRequesterId())) {
            ChangeRequestEvents.refused(session, realm, request, MagEvents.CHANGE_WITHDRAWN, requester.getId(), MagEvents.NOT_AUTHORIZED);
            throw new Refused(403, "forbidden", "magChangeNotYours");
        }
        if (!ChangeRequestStatus.PENDING.name().equals(request.getStatus())) {
            ChangeRequestEvents.refused(session, realm, request, MagEvents.CHANGE_WITHDRAWN, requester.getId(), "change_request_not_pending");
            throw new Refused(409, "change_request_not_pending", QueueDecisionRefused.NOT_PENDING);
        }
        request.setStatus(ChangeRequestStatus.WITHDRAWN.name());
        request.setDecidedAt(Time.currentTimeMillis());
        request.setDecidedBy(requester.getId());
        request.setOpenKey(request.getId());
        try {
            // The version check: a decision committed meanwhile fails this withdrawal here.
            new ChangeRequests(session).flush();
        } catch (PersistenceException | ModelException e) {
            throw new Refused(409, "change_request_not_pending", QueueDecisionRefused.NOT_PENDING);
        }
        OperatorQueueChanged.publish(session, realm);
        ChangeRequestEvents.success(session, realm, request, MagEvents.CHANGE_WITHDRAWN, requester.getId());
        LOG.debugf("Change request %s withdrawn by its requester %s", request.getId(), requester.getId());
        return request;
    }
}
