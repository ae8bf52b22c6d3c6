package io.mag.keycloak.connection.mapper;

import java.util.Set;

import org.keycloak.models.UserModel;

/** A connected child and the names of its effective roles of the client a token is issued to (never empty). */
record ChildAccess(UserModel child, Set<String> roleNames) {
}
