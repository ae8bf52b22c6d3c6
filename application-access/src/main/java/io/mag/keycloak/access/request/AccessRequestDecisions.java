package io.mag.keycloak.access.request;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * An Application Administrator's decision on a pending access request, in the caller's
 * transaction. Only an Application Administrator of that application in that organization
 * decides, never on their own request. Approval makes the requester a member of the
 * application's {@code users} group, which carries the application's access role; the requester
 * is emailed after the commit either way. The row is updated and flushed first: of two decisions
 * at the same moment the second fails on the row's version and changes nothing.
 */
public final class AccessRequestDecisions {

    private static final Logger LOG = Logger.getLogger(AccessRequestDecisions.class);

    public static final int REASON_MAX = 500;

    /** The request is no longer pending. */
    public static final class AlreadyDecided extends RuntimeException {
        AlreadyDecided(String id) {
            super("Access request " + id + " is no longer pending", null, false, false);
        }
    }

    /** The actor filed the request: nobody decides their own. */
    public static final class OwnRequest extends RuntimeException {
        public static final String REFUSAL = "own_request";

        OwnRequest(String id) {
            super("Access request " + id + " is the actor's own", null, false, false);
        }
    }

    /** The request's user, organization or application no longer exists (or the subscription ended). */
    public static final class Gone extends RuntimeException {
        Gone(String id) {
            super("What access request " + id + " is about no longer exists", null, false, false);
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public AccessRequestDecisions(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Approves: the requester gains access. {@code event} records a refusal (403 through {@code OrganizationForbidden}). */
    public void approve(AccessRequestEntity request, UserModel actor, EventBuilder event) {
        Subject subject = check(request, actor, event);
        grant(request, subject.user(), subject.organization(), subject.client(), actor.getId());
    }

    /** Denies with a reason (required; the caller checks its length). */
    public void deny(AccessRequestEntity request, UserModel actor, String reason, EventBuilder event) {
        Subject subject = check(request, actor, event);
        decide(request, AccessRequestStatus.DENIED, actor.getId(), reason);
        AccessEvents.of(session, realm, MagEvents.ACCESS_DENIED, request.getOrganizationId(), subject.client())
                .user(actor)
                .detail(MagEvents.REQUEST_ID, request.getId())
                .detail("requester_id", request.getUserId())
                .success();
        mailAfterCommit(request, false);
    }

    /**
     * Grants the request: membership of the application's users group, the row approved, the
     * event, the email. Also the path of an application granted on request ({@code actorId} null).
     */
    void grant(AccessRequestEntity request, UserModel user, OrganizationModel organization, ClientModel client, String actorId) {
        decide(request, AccessRequestStatus.APPROVED, actorId, null);
        new OrganizationGroups(session, realm).join(user, organization, MagRole.APPLICATION_USER, client);
        AccessEvents.of(session, realm, MagEvents.ACCESS_GRANTED, organization.getId(), client)
                .user(actorId == null ? user.getId() : actorId)
                .detail(MagEvents.REQUEST_ID, request.getId())
                .detail("requester_id", user.getId())
                .success();
        mailAfterCommit(request, true);
        LOG.debugf("Access request %s approved by %s", request.getId(), actorId);
    }

    private record Subject(UserModel user, OrganizationModel organization, ClientModel client) {
    }

    private Subject check(AccessRequestEntity request, UserModel actor, EventBuilder event) {
        OrganizationRoles roles = new OrganizationRoles(session, realm);
        OrganizationModel organization = roles.organization(request.getOrganizationId());
        ClientModel client = realm.getClientById(request.getClientId());
        // The permission first: whether a request exists or is pending is not the business of others.
        roles.requireAdministers(actor, organization, client, event);
        if (actor.getId().equals(request.getUserId())) {
            event.user(actor)
                    .detail(MagEvents.ORGANIZATION_ID, request.getOrganizationId())
                    .detail(MagEvents.CLIENT_ID, client.getClientId())
                    .detail(MagEvents.REQUEST_ID, request.getId())
                    .detail(MagEvents.REFUSAL, OwnRequest.REFUSAL)
                    .error(MagEvents.NOT_AUTHORIZED);
            throw new OwnRequest(request.getId());
        }
        if (!AccessRequestStatus.PENDING.name().equals(request.getStatus())) {
            throw new AlreadyDecided(request.getId());
        }
        UserModel user = session.users().getUserById(realm, request.getUserId());
        if (user == null || new OrganizationGroups(session, realm).applicationGroup(organization, client).isEmpty()) {
            throw new Gone(request.getId());
        }
        return new Subject(user, organization, client);
    }

    private void decide(AccessRequestEntity request, AccessRequestStatus status, String actorId, String reason) {
        if (!AccessRequestStatus.PENDING.name().equals(request.getStatus())) {
            throw new AlreadyDecided(request.getId());
        }
        request.setStatus(status.name());
        request.setDecidedAt(Time.currentTimeMillis());
        request.setDecidedBy(actorId);
        request.setReason(reason);
        // Decided: the open key frees the user to ask again later.
        request.setOpenKey(request.getId());
        new AccessRequests(session).flush();
    }

    /** The requester's email, in this transaction's outbox: sent after the commit, never for a decision that rolled back. */
    private void mailAfterCommit(AccessRequestEntity request, boolean granted) {
        UserModel user = session.users().getUserById(realm, request.getUserId());
        if (user == null) {
            return;
        }
        AccessRequestMails mails = new AccessRequestMails(session, realm);
        if (granted) {
            mails.granted(user, request);
        } else {
            mails.denied(user, request);
        }
    }
}
