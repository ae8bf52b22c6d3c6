package io.mag.keycloak.onboarding.invitation;

import java.util.List;

/**
 * A pending invitation whose link checked out: the registration it starts is bound to this
 * email and partner organization and may not switch them.
 *
 * @param inviterUserId the partner user who sent it (notified when the organization registers)
 * @param sharedClientIds client ids of the partner applications the inviter chose to share
 * @param expiresAt epoch seconds (Keycloak {@code Time.currentTime()} scale)
 * @param locale the language the inviter chose for the contact; the wizard opens in it; may be null
 */
public record RedeemableInvitation(
        String id,
        String partnerOrganizationId,
        String inviterUserId,
        String companyName,
        String contactEmail,
        List<String> sharedClientIds,
        long expiresAt,
        String locale) {

    public RedeemableInvitation {
        sharedClientIds = List.copyOf(sharedClientIds);
    }
}
