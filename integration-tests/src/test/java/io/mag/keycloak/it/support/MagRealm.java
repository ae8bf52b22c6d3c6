package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The realm the gateway ships, read from realm-config's import JSON: the same file that
 * bin/start-gateway imports, so tests exercise exactly what a user gets.
 */
public final class MagRealm {

    /** Classpath location of the realm import, for {@code @InjectRealm(fromJson = ...)}. */
    public static final String JSON = "/realm/mag-realm.json";
    public static final String NAME = "mag";

    private MagRealm() {
    }

    public static RealmRepresentation representation() {
        try (InputStream json = MagRealm.class.getResourceAsStream(JSON)) {
            if (json == null) {
                throw new IllegalStateException(JSON + " is not on the test classpath (mag-realm-config)");
            }
            return JsonSerialization.readValue(json, RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
