package io.mag.keycloak.access.subscription;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;

/**
 * A subscription as the REST APIs show it: the organization and application by id and by the
 * names people know, status, origin and times (epoch milliseconds; null when not reached).
 */
public record SubscriptionRepresentation(String id, String organizationId, String organizationAlias, String organizationName,
        String clientId, String applicationName, String status, String origin, long createdAt, Long decidedAt, Long endedAt,
        String endReason) {

    public static SubscriptionRepresentation of(KeycloakSession session, RealmModel realm, SubscriptionEntity s) {
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(s.getOrganizationId());
        ClientModel client = realm.getClientById(s.getClientId());
        return new SubscriptionRepresentation(s.getId(), s.getOrganizationId(),
                organization == null ? null : organization.getAlias(), organization == null ? null : organization.getName(),
                client == null ? null : client.getClientId(), client == null ? null : PartnerApplications.displayName(client),
                s.getStatus(), s.getOrigin(), s.getCreatedAt(), s.getDecidedAt(), s.getEndedAt(), s.getEndReason());
    }
}
