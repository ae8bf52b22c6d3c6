package io.mag.keycloak.orgadmin.users;

import org.keycloak.models.OrganizationInvitationModel;

/**
 * A self-registration invitation of a person to the organization (Keycloak's organization
 * invitation), as its administrators see it: {@code status} pending or expired; times in seconds
 * since the epoch. Templates call the accessors, e.g. {@code invitation.email()}.
 */
public record PersonInvitation(String id, String email, String firstName, String lastName, int sentAt, int expiresAt, String status) {

    static PersonInvitation of(OrganizationInvitationModel invitation) {
        return new PersonInvitation(invitation.getId(), invitation.getEmail(), invitation.getFirstName(), invitation.getLastName(),
                invitation.getCreatedAt(), invitation.getExpiresAt(), invitation.isExpired() ? "expired" : "pending");
    }

    public String getName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
