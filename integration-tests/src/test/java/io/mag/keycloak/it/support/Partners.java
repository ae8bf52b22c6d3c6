package io.mag.keycloak.it.support;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** Organizations (partner or supplier), their members and the roles they hold there, through the admin API. */
public final class Partners {

    public static final String DEMO_PARTNER_ALIAS = "northwind-aerospace";
    public static final String DEMO_PARTNER_NAME = "Northwind Aerospace";
    /** The demo partner's applications (clientIds, in the order the invite page offers them), the SAML one included. */
    public static final List<String> DEMO_APPLICATIONS = List.of("northwind-sourcing", "northwind-supplier-portal", "urn:northwind:quality-portal");

    private final ManagedRealm realm;

    public Partners(ManagedRealm realm) {
        this.realm = realm;
    }

    public String demoPartnerId() {
        return realm.admin().organizations().search(DEMO_PARTNER_NAME, true, 0, 1).get(0).getId();
    }

    public String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
    }

    /** A new organization with one domain; {@code type} = partner, supplier or null. */
    public String createOrganization(String name, String alias, String domain, String type) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setName(name);
        org.setAlias(alias);
        org.setEnabled(true);
        OrganizationDomainRepresentation d = new OrganizationDomainRepresentation();
        d.setName(domain);
        org.addDomain(d);
        if (type != null) {
            org.setAttributes(Map.of("mag.organization.type", List.of(type)));
        }
        try (Response response = realm.admin().organizations().create(org)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    public void addMember(String organizationId, String userId) {
        try (Response response = realm.admin().organizations().get(organizationId).members().addMember(userId)) {
            if (response.getStatus() >= 300) {
                throw new AssertionError("member not added: " + response.getStatus());
            }
        }
    }

    /** Grants a role in an organization (by alias): the user joins the role's group ({@link RoleGroups}). */
    public void grantRole(String userId, String organizationAlias, String roleGroup) {
        new RoleGroups(realm).grant(userId, organizationAlias, roleGroup);
    }
}
