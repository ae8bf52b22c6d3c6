package io.mag.keycloak.common.queue;

/**
 * A decision the source refused; nothing was changed. The message key is in the login, admin and
 * (where REST answers it) message bundles of the mag themes.
 */
public final class QueueDecisionRefused extends RuntimeException {

    /** The request is unknown or already decided (also: decided concurrently). */
    public static final String NOT_PENDING = "magQueueNotPending";
    /** The operator asked to decide a request they filed themselves. */
    public static final String OWN_REQUEST = "magQueueOwnRequest";

    private final String messageKey;

    public QueueDecisionRefused(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
