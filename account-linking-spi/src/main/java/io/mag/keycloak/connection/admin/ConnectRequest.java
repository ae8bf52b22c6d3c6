package io.mag.keycloak.connection.admin;

/** Body of a connect request: the account to become a child of the user in the path. */
record ConnectRequest(String childId) {
}
