package io.mag.keycloak.onboarding.invitation;

/** An invitation link that cannot be used, and why (each reason has its own page message). */
public final class InvitationLinkException extends Exception {

    public enum Reason {
        /** Not a token we signed, or not for this realm. */
        INVALID,
        EXPIRED,
        REVOKED,
        /** Already used to register. */
        USED,
        /** Replaced by a newer link: the invitation was sent again. */
        REPLACED
    }

    private final Reason reason;

    public InvitationLinkException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
