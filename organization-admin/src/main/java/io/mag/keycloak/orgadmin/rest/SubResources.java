package io.mag.keycloak.orgadmin.rest;

import java.util.Map;

import io.mag.keycloak.orgadmin.change.ChangeRequestsResource;

/**
 * The parts of {@code /realms/{realm}/mag-organization}, by their first path segment. Adding a
 * part is one line here: its name and how it is built from the authenticated {@link Caller}. Each
 * part authorizes its own actions against the caller's organization and role.
 */
final class SubResources {

    /** Builds the JAX-RS resource of one part for an authenticated caller. */
    @FunctionalInterface
    interface Part {
        Object resource(Caller caller);
    }

    static final Map<String, Part> PARTS = Map.of(
            "users", UsersResource::new,
            "invitations", InvitationsResource::new,
            "roles", RolesResource::new,
            "account-information", AccountInformationResource::new,
            "change-requests", ChangeRequestsResource::new);

    private SubResources() {
    }
}
