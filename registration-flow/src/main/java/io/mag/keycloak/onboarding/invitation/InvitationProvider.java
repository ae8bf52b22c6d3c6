package io.mag.keycloak.onboarding.invitation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    // --- Inviting (the invite page and REST); added after the contract above, which is unchanged ---

    /**
     * Stores a new PENDING invitation with a fresh link id, sent now (send count 1). The caller has
     * validated everything; nothing is sent from here.
     *
     * @param locale the language of the invitation email (one of the realm's supported locales), or null for the realm's default
     * @param expiresAt epoch seconds
     */
    Invitation create(RealmModel realm, String partnerOrganizationId, String inviterUserId, String companyName,
                      String contactEmail, List<String> sharedClientIds, String locale, long expiresAt);

    Optional<Invitation> getById(RealmModel realm, String invitationId);

    /** The partner's invitations, newest first; {@code first}/{@code max} may be null. */
    Stream<Invitation> getByPartner(RealmModel realm, String partnerOrganizationId, Integer first, Integer max);

    /** The partner's invitations of one contact email (lower-case), any status. */
    Stream<Invitation> getByPartnerAndEmail(RealmModel realm, String partnerOrganizationId, String contactEmail);

    /**
     * Replaces the invitation's link (the old link stops working), sets the new expiry, counts a
     * send. Only for an invitation that is PENDING (expired or not).
     *
     * @throws IllegalStateException if it is registered or revoked
     */
    Invitation reissue(RealmModel realm, String invitationId, long expiresAt);

    /**
     * Revokes a PENDING invitation (expired or not): its link stops working.
     *
     * @throws IllegalStateException if it is registered or revoked
     */
    Invitation revoke(RealmModel realm, String invitationId);

    /** Deletes every invitation of a realm (the realm is being removed). */
    void removeRealm(String realmId);
}
