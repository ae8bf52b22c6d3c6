package io.mag.keycloak.connection.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The connections of one user: its parent when it is a child, its children when it is a parent. */
record UserConnections(@JsonInclude(JsonInclude.Include.ALWAYS) UserReference parent, List<UserReference> children) {
}
