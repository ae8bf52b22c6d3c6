package io.mag.keycloak.connection.admin;

/** Representation stored with the admin event of a connect or disconnect: ids only. */
record ConnectionEvent(String id, String parentId, String childId) {
}
