package io.mag.keycloak.connection.mapper;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the {@code connected_accounts} claim: a child whose client roles the token carries.
 *
 * @param id           the child's user id
 * @param username     the child's username
 * @param organization alias of the child's organization; written as {@code null}, not left out,
 *                     so that clients can tell "no organization" from an older token format
 */
record ConnectedAccount(String id, String username, @JsonInclude(JsonInclude.Include.ALWAYS) String organization) {
}
