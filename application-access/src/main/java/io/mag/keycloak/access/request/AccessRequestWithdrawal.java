package io.mag.keycloak.access.request;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;
import io.mag.keycloak.common.MagEvents;

/**
 * The requester takes back their pending access request, in the caller's transaction: it leaves
 * the Application Administrators' queue and the user may ask again later. Only the user who filed
 * it withdraws it; to anyone else it does not exist (their attempt is recorded as a refusal). The
 * row is updated and flushed first, so a withdrawal and a decision at the same moment cannot both
 * succeed.
 */
public final class AccessRequestWithdrawal {

    private static final Logger LOG = Logger.getLogger(AccessRequestWithdrawal.class);

    /** The request is not the caller's: answered as if it did not exist. */
    public static final class NotTheirs extends RuntimeException {
        public static final String REFUSAL = "not_requester";

        NotTheirs(String id) {
            super("Access request " + id + " is not the caller's", null, false, false);
        }
    }

    /** What a login-theme page (the dashboard, the refusal page) tells the user after a Withdraw. */
    public enum PageOutcome {
        WITHDRAWN("magAccessRequestWithdrawn"),
        NOT_FOUND("magAccessRequestNotFound"),
        NO_LONGER_PENDING("magAccessRequestNoLongerPending");

        private final String messageKey;

        PageOutcome(String messageKey) {
            this.messageKey = messageKey;
        }

        /** Login-theme message: a confirmation for {@link #WITHDRAWN}, an error otherwise. */
        public String messageKey() {
            return messageKey;
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public AccessRequestWithdrawal(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * The Withdraw button of a login-theme page, posted with the request's id: the same
     * withdrawal as {@link #withdraw(AccessRequestEntity, UserModel, EventBuilder)}, told as a
     * page message. An unknown id and someone else's request read alike ("no such request"), so
     * a page reveals nothing about other users' requests.
     */
    public PageOutcome withdrawFromPage(String requestId, UserModel user, EventBuilder refusal) {
        AccessRequestEntity request = new AccessRequests(session).find(realm, requestId).orElse(null);
        if (request == null) {
            return PageOutcome.NOT_FOUND;
        }
        try {
            withdraw(request, user, refusal);
        } catch (NotTheirs e) {
            return PageOutcome.NOT_FOUND;
        } catch (AccessRequestDecisions.AlreadyDecided e) {
            return PageOutcome.NO_LONGER_PENDING;
        }
        return PageOutcome.WITHDRAWN;
    }

    /**
     * Withdraws {@code request} for {@code user}. {@code refusal} records a refusal (an event with
     * {@code mag_not_authorized}); the withdrawal itself is an {@code ACCESS_REQUEST_WITHDRAWN} event.
     *
     * @throws NotTheirs when {@code user} did not file it
     * @throws AccessRequestDecisions.AlreadyDecided when it is no longer pending
     */
    public void withdraw(AccessRequestEntity request, UserModel user, EventBuilder refusal) {
        if (!user.getId().equals(request.getUserId())) {
            refusal.user(user)
                    .detail(MagEvents.REQUEST_ID, request.getId())
                    .detail(MagEvents.REFUSAL, NotTheirs.REFUSAL)
                    .error(MagEvents.NOT_AUTHORIZED);
            throw new NotTheirs(request.getId());
        }
        if (!AccessRequestStatus.PENDING.name().equals(request.getStatus())) {
            throw new AccessRequestDecisions.AlreadyDecided(request.getId());
        }
        request.setStatus(AccessRequestStatus.WITHDRAWN.name());
        request.setDecidedAt(Time.currentTimeMillis());
        request.setDecidedBy(user.getId());
        // No longer open: the user may ask again later.
        request.setOpenKey(request.getId());
        new AccessRequests(session).flush();
        ClientModel client = realm.getClientById(request.getClientId());
        AccessEvents.of(session, realm, MagEvents.ACCESS_REQUEST_WITHDRAWN, request.getOrganizationId(), client)
                .user(user)
                .detail(MagEvents.REQUEST_ID, request.getId())
                .success();
        LOG.debugf("Access request %s withdrawn by its requester", request.getId());
    }
}
