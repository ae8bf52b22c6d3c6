package io.mag.keycloak.it.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Supplier organizations with their people, for the organization-administration tests: an
 * enabled organization (admin REST), members with a password (admin REST), and roles assigned the
 * way the gateway assigns them: the operator appoints Organization Administrators (and any role)
 * through {@code /realms/{realm}/mag-organization/roles}. Needs {@link DemoUsers} in the realm.
 */
public final class SupplierOrganizations {

    private final org.keycloak.testframework.realm.ManagedRealm realm;
    private final TestUsers users;
    private final OrganizationApi api;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    public SupplierOrganizations(org.keycloak.testframework.realm.ManagedRealm realm) {
        this.realm = realm;
        this.users = new TestUsers(realm);
        this.api = new OrganizationApi(realm);
    }

    public TestUsers users() {
        return users;
    }

    /** An enabled supplier organization; returns its id. */
    public String organization(String name) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(name + " " + tag);
        organization.setAlias(name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + tag);
        organization.setEnabled(true);
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(organization.getAlias() + ".supplier.example");
        organization.addDomain(domain);
        organization.setAttributes(Map.of("mag.organization.type", List.of("supplier")));
        try (Response response = realm.admin().organizations().create(organization)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    public String name(String organizationId) {
        return realm.admin().organizations().get(organizationId).toRepresentation().getName();
    }

    /** A member of the organization with the password {@link TestUsers#PASSWORD}; returns the user id. */
    public String member(String organizationId, String name) {
        String userId = users.create(name, name);
        try (Response response = realm.admin().organizations().get(organizationId).members().addMember(userId)) {
            if (response.getStatus() != 201) {
                throw new AssertionError("adding the member: " + response.getStatus());
            }
        }
        return userId;
    }

    /** A member whom the operator appointed Organization Administrator; returns the user id. */
    public String administrator(String organizationId, String name) {
        String userId = member(organizationId, name);
        grantByOperator(organizationId, userId, "organization-administrator");
        return userId;
    }

    /** The operator assigns a role ({@code mag.role} value) to a member of the organization. */
    public void grantByOperator(String organizationId, String userId, String role) {
        RestApiClient.expect(200, api.put("roles/" + userId + "/" + role + "?organization=" + organizationId, operatorToken()));
    }

    public String operatorToken() {
        return api.token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
    }

    /** A token of a member (password {@link TestUsers#PASSWORD}) for the organization API. */
    public String token(String name) {
        return api.token(users.username(name), TestUsers.PASSWORD);
    }

    public OrganizationApi api() {
        return api;
    }
}
