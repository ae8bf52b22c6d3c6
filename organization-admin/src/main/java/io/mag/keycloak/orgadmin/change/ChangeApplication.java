package io.mag.keycloak.orgadmin.change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/**
 * Carries out an approved change on Keycloak's models, in the decision's transaction. A change
 * that can no longer be made (the name taken meanwhile, the user gone) is a
 * {@link ChangeRequestDecisions.Refused}; nothing is changed then.
 */
final class ChangeApplication {

    private final KeycloakSession session;
    private final RealmModel realm;

    ChangeApplication(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void apply(ChangeRequestEntity request, OrganizationModel organization, UserModel subject) {
        Map<String, String> values = ChangeRequestPayload.fromJson(request.getPayload());
        switch (ChangeRequestKind.valueOf(request.getKind())) {
            case COMPANY_NAME -> rename(organization, values.get("name"));
            case COMPANY_ADDRESS -> readdress(organization, values);
            case EMAIL -> changeEmail(subject, values.get("email"));
            case LEGAL_NAME -> {
                subject.setFirstName(values.get("firstName"));
                subject.setLastName(values.get("lastName"));
            }
            case ORGANIZATION_ADMINISTRATOR -> appoint(organization, subject);
        }
    }

    /** The member joins the organization's Organization Administrators (the role model's group). */
    private void appoint(OrganizationModel organization, UserModel candidate) {
        try {
            new OrganizationGroups(session, realm).join(candidate, organization, MagRole.ORGANIZATION_ADMINISTRATOR);
        } catch (OrganizationGroups.NotAMember e) {
            throw new ChangeRequestDecisions.Refused("magChangeNotAMember");
        }
    }

    private void rename(OrganizationModel organization, String name) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        boolean taken = organizations.getAllStream(name, true, 0, 2)
                .anyMatch(other -> !other.getId().equals(organization.getId()) && other.getName().equalsIgnoreCase(name));
        if (taken) {
            throw new ChangeRequestDecisions.Refused("magChangeNameTaken");
        }
        organization.setName(name);
    }

    private void readdress(OrganizationModel organization, Map<String, String> values) {
        Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes());
        for (String field : List.of("street", "city", "region", "postalCode", "country")) {
            String value = values.get(field);
            if (value == null) {
                attributes.remove(OrganizationAttributes.PROFILE_PREFIX + field);
            } else {
                attributes.put(OrganizationAttributes.PROFILE_PREFIX + field, List.of(value));
            }
        }
        organization.setAttributes(attributes);
    }

    /**
     * The new address replaces the old one unverified: Keycloak's Verify Email required action
     * makes the user confirm it (a link to the new address) at their next sign-in, before the
     * session is established.
     */
    private void changeEmail(UserModel subject, String email) {
        if (!realm.isDuplicateEmailsAllowed()) {
            UserModel holder = session.users().getUserByEmail(realm, email);
            if (holder != null && !holder.getId().equals(subject.getId())) {
                throw new ChangeRequestDecisions.Refused("magChangeEmailTaken");
            }
        }
        subject.setEmail(email);
        subject.setEmailVerified(false);
        subject.addRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
    }
}
