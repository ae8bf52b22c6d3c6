package io.mag.keycloak.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The realm the gateway ships, read from realm-config's import JSON: the same file that
 * bin/start-gateway imports, so tests exercise exactly what a user gets.
 */
final class MagRealm {

    /** Classpath location of the realm import, for {@code @InjectRealm(fromJson = ...)}. */
    static final String JSON = "/realm/mag-realm.json";
    static final String NAME = "mag";
    static final String DEMO_OPERATOR = "operator";

    private MagRealm() {
    }

    static RealmRepresentation representation() {
        try (InputStream json = MagRealm.class.getResourceAsStream(JSON)) {
            if (json == null) {
                throw new IllegalStateException(JSON + " is not on the test classpath (mag-realm-config)");
            }
            return JsonSerialization.readValue(json, RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo password of a user declared in the realm JSON. */
    static String demoPassword(String username) {
        UserRepresentation user = representation().getUsers().stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo user " + username + " in " + JSON));
        return user.getCredentials().stream()
                .filter(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))
                .map(CredentialRepresentation::getValue)
                .findFirst()
                .orElseThrow();
    }
}
