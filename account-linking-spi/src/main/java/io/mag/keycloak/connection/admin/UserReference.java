package io.mag.keycloak.connection.admin;

import org.keycloak.models.UserModel;

/** A user as the connection API shows it: enough to find it in the admin console, nothing more. */
record UserReference(String id, String username) {

    static UserReference of(UserModel user) {
        return new UserReference(user.getId(), user.getUsername());
    }
}
