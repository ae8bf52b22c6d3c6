package io.mag.keycloak.onboarding.invitation.invite;

import java.util.List;

import org.keycloak.models.ClientModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.access.PartnerApplications;

/**
 * A user allowed to invite, with the partner organization they act for. They may share only that
 * partner's applications: enabled clients whose {@value OrganizationAttributes#CLIENT_OWNING_PARTNER}
 * attribute is the organization's alias ({@link PartnerApplications#ownedBy}).
 */
final class Inviter {

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

    /** The partner's enabled applications, by client id. */
    List<ClientModel> applications() {
        if (applications == null) {
            applications = PartnerApplications.ownedBy(realm, organization).stream()
                    .filter(ClientModel::isEnabled)
                    .toList();
        }
        return applications;
    }

    List<String> applicationClientIds() {
        return applications().stream().map(ClientModel::getClientId).toList();
    }
}
