package io.mag.keycloak.onboarding.invitation.link;

import java.util.Locale;

import io.mag.keycloak.onboarding.invitation.Invitation;
import io.mag.keycloak.onboarding.invitation.InvitationLinkException.Reason;
import io.mag.keycloak.onboarding.invitation.InvitationStatus;

/**
 * Decides whether a Register Now link can be used, once its signature has been checked (pure
 * logic, unit-tested). In this order:
 * <ol>
 * <li>INVALID: no token (bad signature, not a JWT), not an invitation token, another realm's
 *     issuer, missing claims, no such invitation, or claims that do not match the invitation
 *     (email, partner organization, realm);</li>
 * <li>REVOKED: the invitation was revoked;</li>
 * <li>USED: the invitation is registered;</li>
 * <li>REPLACED: the link is not the invitation's current one (a resend replaced it);</li>
 * <li>EXPIRED: the token's {@code exp} or the invitation's expiry has passed;</li>
 * <li>otherwise the link is good (null).</li>
 * </ol>
 */
public final class InvitationLinkCheck {

    private InvitationLinkCheck() {
    }

    /**
     * @param token the decoded token, or null if its signature did not verify
     * @param invitation the invitation the token names, or null if there is none (in this realm)
     * @param now epoch seconds
     * @return why the link cannot be used, or null if it can
     */
    public static Reason refusal(InvitationLinkToken token, String expectedIssuer, String realmId, Invitation invitation, long now) {
        if (token == null
                || !InvitationLinkToken.TYPE.equals(token.getType())
                || expectedIssuer == null || !expectedIssuer.equals(token.getIssuer())
                || token.getId() == null || token.getInvitationId() == null
                || token.getEmail() == null || token.getOrganizationId() == null
                || token.getExp() == null) {
            return Reason.INVALID;
        }
        if (invitation == null
                || !invitation.id().equals(token.getInvitationId())
                || !invitation.realmId().equals(realmId)
                || !invitation.partnerOrganizationId().equals(token.getOrganizationId())
                || !invitation.contactEmail().equals(token.getEmail().toLowerCase(Locale.ROOT))) {
            return Reason.INVALID;
        }
        if (invitation.storedStatus() == InvitationStatus.REVOKED) {
            return Reason.REVOKED;
        }
        if (invitation.storedStatus() == InvitationStatus.REGISTERED) {
            return Reason.USED;
        }
        if (!token.getId().equals(invitation.linkId())) {
            return Reason.REPLACED;
        }
        if (now >= token.getExp() || invitation.status(now) == InvitationStatus.EXPIRED) {
            return Reason.EXPIRED;
        }
        return null;
    }
}
