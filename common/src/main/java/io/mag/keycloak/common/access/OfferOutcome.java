package io.mag.keycloak.common.access;

/**
 * What a partner's offer of one of its applications to an already registered organization came
 * to ({@link ApplicationSubscriber#offer}); each has the login-theme message that tells the
 * inviter.
 */
public enum OfferOutcome {
    /** Offered: the organization's Organization Administrators are emailed. */
    OFFERED("magOfferSent"),
    /** Refused: the organization is subscribed to the application already. */
    ALREADY_SUBSCRIBED("magOfferAlreadySubscribed"),
    /** Refused: the application is offered to the organization already, awaiting its answer. */
    ALREADY_OFFERED("magOfferAlreadyOffered"),
    /** Refused: the inviter is no Service Provider Administrator of the partner owning the application. */
    NOT_ALLOWED("magOfferNotAllowed"),
    /** Refused: the client is no enabled partner application with an access role, or the organization is the owner itself. */
    NOT_OFFERABLE("magOfferNotOfferable");

    private final String messageKey;

    OfferOutcome(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Login-theme message (parameters: organization name, application name). */
    public String messageKey() {
        return messageKey;
    }
}
