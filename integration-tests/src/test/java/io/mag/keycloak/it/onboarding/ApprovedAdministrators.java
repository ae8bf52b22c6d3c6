package io.mag.keycloak.it.onboarding;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

import io.mag.keycloak.it.support.RoleGroups;

/**
 * What operator approval leaves behind (the contract between approval and first-time login),
 * built through the admin REST API: an enabled supplier organization with
 * {@code mag.shared-applications}, and an administrator who is enabled, a member, an Organization
 * Administrator there (its group), has the registrant's One Time Password as a TEMPORARY password, and the required actions
 * UPDATE_PASSWORD and mag-first-time-login.
 */
final class ApprovedAdministrators {

    static final String FIRST_TIME_LOGIN = "mag-first-time-login";
    /** The subject of the email that ends a first-time login. */
    static final String LOGIN_SUCCESS = "Login Success";
    static final String OTP_APP = "northwind-supplier-portal";
    static final String PASSWORD_APP = "northwind-sourcing";
    static final String ONE_TIME_PASSWORD = "Handed-Over-0ne-Time";
    static final String NEW_PASSWORD = "My-Own-New-Passw0rd!";

    private final ManagedRealm realm;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    ApprovedAdministrators(ManagedRealm realm) {
        this.realm = realm;
    }

    /** An approved organization that shares these applications (client ids); returns its id. */
    String organization(String name, String... sharedApplications) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(name + " " + tag);
        organization.setAlias(name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + tag);
        organization.setEnabled(true);
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(organization.getAlias() + ".supplier.example");
        organization.addDomain(domain);
        organization.setAttributes(Map.of(
                "mag.organization.type", List.of("supplier"),
                "mag.shared-applications", List.of(sharedApplications)));
        try (Response response = realm.admin().organizations().create(organization)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    String username(String name) {
        return name + "-" + tag;
    }

    String email(String name) {
        return name + "-" + tag + "@supplier.example";
    }

    /** An organization administrator approved into the organization; returns the user id. */
    String administrator(String organizationId, String name) {
        return administrator(organizationId, name, "Robin " + name);
    }

    String administrator(String organizationId, String name, String firstName) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username(name));
        user.setEmail(email(name));
        user.setEmailVerified(true);
        user.setFirstName(firstName);
        user.setLastName("Admin");
        user.setEnabled(true);
        CredentialRepresentation oneTimePassword = new CredentialRepresentation();
        oneTimePassword.setType(CredentialRepresentation.PASSWORD);
        oneTimePassword.setValue(ONE_TIME_PASSWORD);
        oneTimePassword.setTemporary(true);
        user.setCredentials(List.of(oneTimePassword));
        user.setRequiredActions(List.of("UPDATE_PASSWORD", FIRST_TIME_LOGIN));
        String userId;
        try (Response response = realm.admin().users().create(user)) {
            userId = CreatedResponseUtil.getCreatedId(response);
        }
        try (Response response = realm.admin().organizations().get(organizationId).members().addMember(userId)) {
            if (response.getStatus() != 201) {
                throw new AssertionError("adding the member: " + response.getStatus());
            }
        }
        RoleGroups roles = new RoleGroups(realm);
        roles.grant(userId, roles.alias(organizationId), RoleGroups.ORGANIZATION_ADMINISTRATORS);
        return userId;
    }

    List<String> requiredActions(String userId) {
        return realm.admin().users().get(userId).toRepresentation().getRequiredActions();
    }

    boolean hasOtp(String userId) {
        return realm.admin().users().get(userId).credentials().stream().anyMatch(c -> "otp".equals(c.getType()));
    }
}
