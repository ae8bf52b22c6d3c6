package io.mag.keycloak.onboarding.invitation.invite;

import java.time.Instant;
import java.util.List;

import io.mag.keycloak.onboarding.invitation.Invitation;

/**
 * An invitation in the REST API. Times are ISO-8601 UTC; {@code status} is pending, registered,
 * expired or revoked; {@code locale} is the language of its email (null: the realm's default). The
 * link itself is never returned: it goes to the contact by email only.
 */
record InvitationRepresentation(
        String id,
        String companyName,
        String contactEmail,
        String partnerOrganizationId,
        String inviterUserId,
        List<String> clientIds,
        String status,
        String createdAt,
        String expiresAt,
        String lastSentAt,
        int sendCount,
        String locale) {

    static InvitationRepresentation of(Invitation i, long now) {
        return new InvitationRepresentation(i.id(), i.companyName(), i.contactEmail(), i.partnerOrganizationId(),
                i.inviterUserId(), i.sharedClientIds(), i.status(now).label(), iso(i.createdAt()), iso(i.expiresAt()),
                iso(i.lastSentAt()), i.sendCount(), i.locale());
    }

    private static String iso(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }
}
