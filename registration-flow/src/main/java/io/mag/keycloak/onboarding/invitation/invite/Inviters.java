package io.mag.keycloak.onboarding.invitation.invite;

import java.util.Comparator;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.onboarding.MagRoles;

/**
 * Who may invite: a user with the realm role {@value MagRoles#SERVICE_PROVIDER_ADMINISTRATOR} or
 * {@value MagRoles#ADOPTION_ADMINISTRATOR} (directly, through a group or a composite) who is a
 * member of an enabled partner organization ({@value OrganizationAttributes#TYPE} =
 * {@value OrganizationAttributes#TYPE_PARTNER}). They act for that organization only; should a user
 * belong to several partner organizations, for the first by name.
 */
final class Inviters {

    /** Why a user may not invite (event detail {@code mag_refusal}). */
    static final String NO_ROLE = "no_inviter_role";
    static final String NO_PARTNER = "no_partner_organization";

    private Inviters() {
    }

    record Access(Inviter inviter, String refusal) {
        boolean allowed() {
            return inviter != null;
        }
    }

    static Access of(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user == null || !user.isEnabled() || !(hasRole(realm, user, MagRoles.SERVICE_PROVIDER_ADMINISTRATOR)
                || hasRole(realm, user, MagRoles.ADOPTION_ADMINISTRATOR))) {
            return new Access(null, NO_ROLE);
        }
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations == null || !organizations.isEnabled()) {
            return new Access(null, NO_PARTNER);
        }
        Optional<OrganizationModel> partner = organizations.getByMember(user)
                .filter(OrganizationModel::isEnabled)
                .filter(Inviters::isPartner)
                .min(Comparator.comparing(OrganizationModel::getName));
        return partner.map(org -> new Access(new Inviter(realm, user, org), null))
                .orElseGet(() -> new Access(null, NO_PARTNER));
    }

    static boolean isPartner(OrganizationModel organization) {
        var values = organization.getAttributes().get(OrganizationAttributes.TYPE);
        return values != null && values.contains(OrganizationAttributes.TYPE_PARTNER);
    }

    private static boolean hasRole(RealmModel realm, UserModel user, String roleName) {
        RoleModel role = realm.getRole(roleName);
        return role != null && user.hasRole(role);
    }
}
