package io.mag.keycloak.connection.admin;

import java.util.List;

/** A page of the realm's connections and how many there are in all. */
record ConnectionPage(long total, List<ConnectionRepresentation> connections) {
}
