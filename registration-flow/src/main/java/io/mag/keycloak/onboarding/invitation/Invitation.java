package io.mag.keycloak.onboarding.invitation;

import java.util.List;

/**
 * One invitation of a supplier organization by a partner. Times are epoch seconds on Keycloak's
 * clock ({@code Time.currentTime()}, which the tests' time offset moves).
 *
 * @param storedStatus PENDING, REGISTERED or REVOKED (never EXPIRED: see {@link #status(long)})
 * @param linkId the id ({@code jti}) of the invitation's current Register Now link; a resend replaces it
 * @param registrationId the registration request that used the invitation, once REGISTERED
 * @param locale the language of the invitation email and of the wizard it opens; null: the realm's default
 */
public record Invitation(
        String id,
        String realmId,
        String partnerOrganizationId,
        String inviterUserId,
        String companyName,
        String contactEmail,
        List<String> sharedClientIds,
        InvitationStatus storedStatus,
        long createdAt,
        long expiresAt,
        long lastSentAt,
        int sendCount,
        String linkId,
        String registrationId,
        String locale) {

    public Invitation {
        sharedClientIds = List.copyOf(sharedClientIds);
    }

    /** The status at {@code now}: a pending invitation whose expiry has passed is EXPIRED. */
    public InvitationStatus status(long now) {
        if (storedStatus == InvitationStatus.PENDING && now >= expiresAt) {
            return InvitationStatus.EXPIRED;
        }
        return storedStatus;
    }

    /** Pending and not expired: it blocks another invitation of the same email by the same partner. */
    public boolean isOpen(long now) {
        return status(now) == InvitationStatus.PENDING;
    }

    /** A resend is possible while the invitation is pending or expired (not registered, not revoked). */
    public boolean isResendable(long now) {
        InvitationStatus status = status(now);
        return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
    }

    public boolean isRevocable(long now) {
        return isResendable(now);
    }

    public RedeemableInvitation redeemable() {
        return new RedeemableInvitation(id, partnerOrganizationId, inviterUserId, companyName, contactEmail, sharedClientIds, expiresAt, locale);
    }
}
