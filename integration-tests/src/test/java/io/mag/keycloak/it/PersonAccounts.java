package io.mag.keycloak.it;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Accounts created through the admin API for the connection tests: accounts of one "person" share
 * first name, last name and a verified email, and have a password only, so they can be connected.
 * Every name carries a tag of its own, so tests that share a realm never meet.
 */
final class PersonAccounts {

    static final String PASSWORD = "Connected-Accounts-2026";

    private final ManagedRealm realm;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    PersonAccounts(ManagedRealm realm) {
        this.realm = realm;
    }

    String username(String name) {
        return name + "-" + tag;
    }

    /** Creates account {@code name} of {@code person} and returns its id. */
    String create(String name, String person) {
        return create(representation(name, person));
    }

    UserRepresentation representation(String name, String person) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username(name));
        user.setEmail(person + "-" + tag + "@connected.example");
        user.setEmailVerified(true);
        user.setFirstName("Robin " + person);
        user.setLastName("Okafor");
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        return user;
    }

    String create(UserRepresentation user) {
        try (Response response = realm.admin().users().create(user)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }
}
