package io.mag.keycloak.onboarding.invitation.invite;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /realms/{realm}/mag-invitations}; {@code locale} is optional (the email's language). */
@JsonIgnoreProperties(ignoreUnknown = true)
record InvitationBody(String companyName, String contactEmail, List<String> clientIds, String locale) {
}
