package io.mag.keycloak.orgadmin.change;

import java.util.Locale;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/** A change request as the REST APIs show it. */
public record ChangeRequestRepresentation(String id, String kind, String status, String organizationId, String organizationName,
                                          String requesterId, String subjectUserId, Map<String, String> values, long createdAt,
                                          Long decidedAt, String decidedBy, String reason) {

    public static ChangeRequestRepresentation of(KeycloakSession session, RealmModel realm, ChangeRequestEntity r) {
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(r.getOrganizationId());
        return new ChangeRequestRepresentation(r.getId(), ChangeRequestKind.valueOf(r.getKind()).code(),
                r.getStatus().toLowerCase(Locale.ROOT), r.getOrganizationId(), organization == null ? null : organization.getName(),
                r.getRequesterId(), r.getSubjectUserId(), ChangeRequestPayload.fromJson(r.getPayload()), r.getCreatedAt(),
                r.getDecidedAt(), r.getDecidedBy(), r.getReason());
    }
}
