package io.mag.keycloak.common.queue;

import java.util.List;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * One kind of pending request an operator decides. The caller has checked that the operator may
 * decide requests at all (the realm's manage-users admin role); the source checks the rest
 * (still pending, not the operator's own request, what its decision needs) and throws
 * {@link QueueDecisionRefused} with a message key otherwise. A decision runs in the caller's
 * transaction, exactly as the source's admin REST decision does, and publishes
 * {@link OperatorQueueChanged}.
 */
public interface OperatorQueueSource extends Provider {

    /** The pending requests of the realm, oldest first, at most {@code max}. */
    List<QueueItem> pending(RealmModel realm, int max);

    /**
     * Approves or rejects one request.
     *
     * @param reason required (non-blank) for a rejection; the source may record it for an approval
     * @return the decision's admin event, which the caller records
     * @throws QueueDecisionRefused the request is unknown, no longer pending or may not be decided by this operator
     */
    QueueDecided decide(RealmModel realm, String requestId, QueueDecision decision, String reason, UserModel operator);

    @Override
    default void close() {
    }
}
