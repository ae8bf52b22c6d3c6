package io.mag.keycloak.connection.admin;

/**
 * One connection in the admin API.
 *
 * @param createdAt ISO-8601 instant
 * @param createdBy id of the user (the parent or an admin) who made the connection
 */
record ConnectionRepresentation(String id, UserReference parent, UserReference child, String createdAt, String createdBy) {
}
