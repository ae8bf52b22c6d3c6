package io.mag.keycloak.onboarding;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.RealmsResource;

/**
 * Where the registration wizard starts: {@code /realms/{realm}/mag-registration/start}, with
 * either {@value #INVITATION} (a Register Now link) or {@value #APPLICATION} (public registration
 * for an application open to it). The invitation email and the login page build their links here.
 */
public final class RegistrationLinks {

    /** The realm resource that serves the wizard. */
    public static final String RESOURCE = "mag-registration";
    public static final String INVITATION = "invitation";
    public static final String APPLICATION = "client_id";

    private RegistrationLinks() {
    }

    public static URI invitation(KeycloakSession session, RealmModel realm, String linkToken) {
        return start(session, realm).queryParam(INVITATION, linkToken).build(realm.getName());
    }

    public static URI publicRegistration(KeycloakSession session, RealmModel realm, String clientId) {
        return start(session, realm).queryParam(APPLICATION, clientId).build(realm.getName());
    }

    private static UriBuilder start(KeycloakSession session, RealmModel realm) {
        return RealmsResource.realmBaseUrl(session.getContext().getUri()).path(RESOURCE).path("start");
    }
}
