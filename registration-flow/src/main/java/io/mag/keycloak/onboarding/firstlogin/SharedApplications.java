package io.mag.keycloak.onboarding.firstlogin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.protocol.oidc.utils.AcrUtils;

import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.OtpLevel;

/**
 * The applications shared with the user's organizations (attribute
 * {@value OrganizationAttributes#SHARED_APPLICATIONS}: client ids, one per value; a value may
 * also list several separated by commas or spaces) and which of them require OTP.
 *
 * @param organizationIds the user's organizations, in a stable order (by name)
 * @param otpApplications display names of the shared applications that require OTP
 */
record SharedApplications(List<String> organizationIds, List<String> otpApplications) {

    static SharedApplications of(KeycloakSession session, RealmModel realm, UserModel user) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations == null || !realm.isOrganizationsEnabled()) {
            return new SharedApplications(List.of(), List.of());
        }
        List<OrganizationModel> memberOf = organizations.getByMember(user)
                .filter(OrganizationModel::isEnabled)
                .sorted(Comparator.comparing(OrganizationModel::getName, Comparator.nullsLast(String::compareTo)))
                .toList();
        Set<String> clientIds = new LinkedHashSet<>();
        for (OrganizationModel organization : memberOf) {
            List<String> values = organization.getAttributes().getOrDefault(OrganizationAttributes.SHARED_APPLICATIONS, List.of());
            values.stream()
                    .flatMap(value -> Arrays.stream(value.split("[,\\s]+")))
                    .filter(id -> !id.isBlank())
                    .forEach(clientIds::add);
        }
        List<String> otp = new ArrayList<>();
        for (String clientId : clientIds) {
            ClientModel client = realm.getClientByClientId(clientId);
            if (client != null && client.isEnabled()
                    && OtpLevel.required(AcrUtils.getMinimumAcrValue(client), AcrUtils.getAcrLoaMap(client))) {
                otp.add(displayName(client));
            }
        }
        return new SharedApplications(memberOf.stream().map(OrganizationModel::getId).toList(), List.copyOf(otp));
    }

    boolean otpRequired() {
        return !otpApplications.isEmpty();
    }

    /** The event detail: the organization's id (ids separated by commas for a member of several). */
    String organizationIdDetail() {
        return organizationIds.isEmpty() ? null : String.join(",", organizationIds);
    }

    private static String displayName(ClientModel client) {
        String name = client.getName();
        // A "${key}" name is a message key of the admin's theme; the client id says more to a user.
        return name == null || name.isBlank() || name.startsWith("${") ? client.getClientId() : name;
    }
}
