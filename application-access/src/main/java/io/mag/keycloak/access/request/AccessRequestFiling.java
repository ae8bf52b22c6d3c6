package io.mag.keycloak.access.request;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;

/**
 * A user asks for access to an application their organization is subscribed to, from the refusal
 * page or the REST API. One pending request per user and application: a second submit finds the
 * first (the database's unique open key holds even for two at the same moment). The
 * organization's Application Administrators of the application are emailed after the commit
 * (through the email outbox); an application marked {@code mag.access-approval=none} grants
 * access at once.
 */
public final class AccessRequestFiling {

    private static final Logger LOG = Logger.getLogger(AccessRequestFiling.class);

    public static final int NOTE_MAX = 500;
    /** Most Application Administrators emailed about one request. */
    private static final int MAX_RECIPIENTS = 50;

    /** What happened: a new request, the one already pending, access granted at once, or a refused note. */
    public enum Outcome {
        FILED("magAccessRequested"),
        ALREADY_PENDING("magAccessRequestAlreadyPending"),
        GRANTED("magAccessGrantedOnRequest"),
        NOTE_TOO_LONG("magAccessRequestNoteTooLong");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** The outcome and the request concerned (null for a refused note). */
    public record Result(Outcome outcome, AccessRequestEntity request) {
        /** Login-theme message that tells the user. */
        public String messageKey() {
            return outcome.messageKey;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public AccessRequestFiling(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Files the request. The caller has established that the organization is subscribed to the
     * application, the user is its member and has no access yet.
     */
    public Result file(UserModel user, OrganizationModel organization, ClientModel client, String note) {
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > NOTE_MAX) {
            return new Result(Outcome.NOTE_TOO_LONG, null);
        }
        AccessRequests requests = new AccessRequests(session);
        AccessRequestEntity pending = requests.pending(realm, user.getId(), client.getId()).orElse(null);
        if (pending != null) {
            return new Result(Outcome.ALREADY_PENDING, pending);
        }
        AccessRequestEntity request = new AccessRequestEntity();
        request.setId(KeycloakModelUtils.generateId());
        request.setRealmId(realm.getId());
        request.setOrganizationId(organization.getId());
        request.setClientId(client.getId());
        request.setUserId(user.getId());
        request.setNote(trimmed);
        request.setStatus(AccessRequestStatus.PENDING.name());
        request.setCreatedAt(Time.currentTimeMillis());
        request.setOpenKey(AccessRequests.openKey(user.getId(), client.getId()));
        requests.add(request);
        AccessEvents.of(session, realm, MagEvents.ACCESS_REQUESTED, organization.getId(), client)
                .user(user)
                .detail(MagEvents.REQUEST_ID, request.getId())
                .success();
        if (PartnerApplications.grantedOnRequest(client)) {
            // No approval needed: the request is recorded and granted in one step, by nobody.
            new AccessRequestDecisions(session, realm).grant(request, user, organization, client, null);
            return new Result(Outcome.GRANTED, request);
        }
        notifyAdministrators(organization, client, request);
        LOG.debugf("Access request %s of user %s for %s filed", request.getId(), user.getId(), client.getClientId());
        return new Result(Outcome.FILED, request);
    }

    /** The Application Administrators' emails, in this transaction's outbox: none if the request rolls back. */
    private void notifyAdministrators(OrganizationModel organization, ClientModel client, AccessRequestEntity request) {
        AccessRequestMails mails = new AccessRequestMails(session, realm);
        new OrganizationGroups(session, realm)
                .members(organization, MagRole.APPLICATION_ADMINISTRATOR, client, 0, MAX_RECIPIENTS)
                .filter(UserModel::isEnabled)
                .forEach(administrator -> mails.requested(administrator, request));
    }
}
