package io.mag.keycloak.orgadmin.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.keycloak.models.KeycloakSession;

/**
 * {@code /realms/{realm}/mag-organization}: what an organization's administrators (and, to see,
 * its stewards and members) do through REST, the same rules as the account console's pages. The
 * caller is authenticated by their access token ({@link Caller}: 401 without a valid one of this
 * API's audience); each part ({@link SubResources}) then authorizes against the caller's
 * organization and role (403 JSON and a {@code mag_not_authorized} event otherwise). Errors are
 * {@code {"error", "error_description", "field_errors"}}; messages come from the login theme.
 *
 * <p>Public, as JAX-RS requires.
 */
public final class OrganizationApi {

    private final KeycloakSession session;

    OrganizationApi(KeycloakSession session) {
        this.session = session;
    }

    @Path("{part}")
    public Object part(@PathParam("part") String part) {
        SubResources.Part factory = SubResources.PARTS.get(part);
        if (factory == null) {
            throw new NotFoundException();
        }
        return factory.resource(Caller.authenticate(session));
    }
}
