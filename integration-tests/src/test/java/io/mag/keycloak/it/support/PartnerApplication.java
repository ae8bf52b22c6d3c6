package io.mag.keycloak.it.support;

import jakarta.ws.rs.NotFoundException;

import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.oauth.DefaultOAuthClientConfiguration;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.ClientConfig;

/**
 * The test application as a partner application of the demo partner, configured as an operator
 * adds one: {@code mag.owning-partner}, {@code mag.access-role} naming its client role
 * {@value #ACCESS_ROLE} (created by {@link #ensureAccessRole}), Full scope allowed off.
 */
public final class PartnerApplication implements ClientConfig {

    public static final String NAME = "Northwind Test Portal";
    public static final String ACCESS_ROLE = "access";

    @Override
    public ClientBuilder configure(ClientBuilder client) {
        return new DefaultOAuthClientConfiguration().configure(client)
                .name(NAME)
                .fullScopeEnabled(false)
                .attribute("mag.owning-partner", Partners.DEMO_PARTNER_ALIAS)
                .attribute("mag.access-role", ACCESS_ROLE);
    }

    /** Gives the client its access role (the client builder cannot declare client roles). */
    public static void ensureAccessRole(ClientResource client) {
        try {
            client.roles().get(ACCESS_ROLE).toRepresentation();
        } catch (NotFoundException missing) {
            RoleRepresentation role = new RoleRepresentation();
            role.setName(ACCESS_ROLE);
            client.roles().create(role);
        }
    }

    /** Sets {@code mag.access-approval} (application-administrator or none). */
    public static void approval(ClientResource client, String approval) {
        var representation = client.toRepresentation();
        representation.getAttributes().put("mag.access-approval", approval);
        client.update(representation);
    }
}
