package io.mag.keycloak.connection;

import java.time.Instant;

/**
 * One parent/child connection: the child's applications become reachable with the parent's
 * credentials, and only the parent may sign in.
 *
 * @param id        the connection's id
 * @param realmId   the realm both accounts live in
 * @param parentId  the parent user's id
 * @param childId   the child user's id (a child has at most one parent)
 * @param createdAt when the connection was made
 * @param createdBy id of the user (the parent, or an admin) who made it
 */
public record AccountConnection(String id, String realmId, String parentId, String childId, Instant createdAt, String createdBy) {
}
