package io.mag.keycloak.onboarding.invitation;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * What the registration wizard needs from invitations. Implementations keep invitations in the
 * current Keycloak transaction, so marking one registered commits or rolls back with the
 * registration that used it.
 */
public interface InvitationProvider extends Provider {

    /**
     * Checks a Register Now link token: signature, expiry, that it is the invitation's current
     * link (a resend replaces the link) and that the invitation is still pending.
     *
     * @throws InvitationLinkException saying why the link cannot be used; nothing is changed
     */
    RedeemableInvitation redeemable(RealmModel realm, String linkToken) throws InvitationLinkException;

    /**
     * Marks a pending invitation registered by the given registration request, in the caller's
     * transaction. A second call for the same invitation fails: the link is single use.
     *
     * @throws InvitationLinkException if the invitation is no longer pending
     */
    void markRegistered(RealmModel realm, String invitationId, String registrationId) throws InvitationLinkException;
}
