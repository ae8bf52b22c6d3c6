package io.mag.keycloak.onboarding.invitation.invite;

import java.util.Comparator;
import java.util.List;

import org.keycloak.models.ClientModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.OrganizationAttributes;

/**
 * A user allowed to invite, with the partner organization they act for. They may share only that
 * partner's applications: enabled clients whose {@value OrganizationAttributes#CLIENT_OWNING_PARTNER}
 * attribute is the organization's alias.
 */
final class Inviter {

    private static final int MAX_APPLICATIONS = 500;

    private final RealmModel realm;
    private final UserModel user;
    private final OrganizationModel organization;
    private List<ClientModel> applications;

    Inviter(RealmModel realm, UserModel user, OrganizationModel organization) {
        this.realm = realm;
        this.user = user;
        this.organization = organization;
    }

    UserModel user() {
        return user;
    }

    OrganizationModel organization() {
        return organization;
    }

    /** The partner's applications, by client id. */
    List<ClientModel> applications() {
        if (applications == null) {
            // Not searchClientsByAttributes: Keycloak searches only attributes an operator declared
            // searchable (spi-client-jpa-searchable-attributes), and refuses others.
            applications = realm.getClientsStream()
                    .filter(ClientModel::isEnabled)
                    .filter(c -> organization.getAlias().equals(c.getAttribute(OrganizationAttributes.CLIENT_OWNING_PARTNER)))
                    .sorted(Comparator.comparing(ClientModel::getClientId))
                    .limit(MAX_APPLICATIONS)
                    .toList();
        }
        return applications;
    }

    List<String> applicationClientIds() {
        return applications().stream().map(ClientModel::getClientId).toList();
    }

    /** What a person reads for an application: its name unless it is a message key, else its client id. */
    static String displayName(ClientModel client) {
        String name = client.getName();
        return name == null || name.isBlank() || name.startsWith("${") ? client.getClientId() : name;
    }
}
