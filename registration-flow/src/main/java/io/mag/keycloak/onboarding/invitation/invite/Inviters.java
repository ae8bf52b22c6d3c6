package io.mag.keycloak.onboarding.invitation.invite;

import java.util.List;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * Who may invite: an Adoption Administrator or Service Provider Administrator of an enabled
 * partner organization ({@value OrganizationAttributes#TYPE} = {@value OrganizationAttributes#TYPE_PARTNER})
 * who is a member of it, as {@link OrganizationRoles} decides. They act for that organization only;
 * should a user hold the role in several partner organizations, for the first by name.
 */
final class Inviters {

    /** Why a user may not invite (event detail {@code mag_refusal}). */
    static final String NO_ROLE = "no_inviter_role";
    static final String NO_PARTNER = "no_partner_organization";

    private static final MagRole[] INVITER_ROLES = {MagRole.ADOPTION_ADMINISTRATOR, MagRole.SERVICE_PROVIDER_ADMINISTRATOR};

    private Inviters() {
    }

    record Access(Inviter inviter, String refusal) {
        boolean allowed() {
            return inviter != null;
        }
    }

    static Access of(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user == null || !user.isEnabled()) {
            return new Access(null, NO_ROLE);
        }
        List<OrganizationModel> partners = new OrganizationRoles(session, realm).organizationsWhere(user, INVITER_ROLES);
        if (!partners.isEmpty()) {
            return new Access(new Inviter(realm, user, partners.get(0)), null);
        }
        // The role's group somewhere (a disabled or non-partner organization, or one the user left) is not enough.
        boolean hasRoleGroup = user.getGroupsStream().anyMatch(group -> List.of(INVITER_ROLES).stream()
                .anyMatch(role -> role.value().equals(group.getFirstAttribute(OrganizationGroups.ROLE))));
        return new Access(null, hasRoleGroup ? NO_PARTNER : NO_ROLE);
    }
}
