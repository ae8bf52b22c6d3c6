package io.mag.keycloak.access.rest;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.request.jpa.AccessRequestEntity;

/** An access request as the REST API shows it (times in epoch milliseconds). */
public record AccessRequestRepresentation(String id, String clientId, String application, String organizationId, String organization,
        String userId, String username, String name, String note, String status, String reason, long createdAt, Long decidedAt) {

    static AccessRequestRepresentation of(KeycloakSession session, RealmModel realm, AccessRequestEntity r) {
        ClientModel client = realm.getClientById(r.getClientId());
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(r.getOrganizationId());
        UserModel user = session.users().getUserById(realm, r.getUserId());
        String name = user == null ? null
                : ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return new AccessRequestRepresentation(r.getId(), client == null ? null : client.getClientId(),
                client == null ? null : PartnerApplications.displayName(client), r.getOrganizationId(),
                organization == null ? null : organization.getName(), r.getUserId(), user == null ? null : user.getUsername(), name,
                r.getNote(), r.getStatus(), r.getReason(), r.getCreatedAt(), r.getDecidedAt());
    }
}
