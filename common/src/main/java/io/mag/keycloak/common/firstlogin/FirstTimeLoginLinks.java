package io.mag.keycloak.common.firstlogin;

import java.net.URI;

import jakarta.ws.rs.core.UriInfo;

import org.keycloak.common.util.Time;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;
import org.keycloak.services.resources.LoginActionsService;

/**
 * First Time Login, as the capabilities that hand an account over to its person share it: the
 * required action's id, and the email link that verifies the address and leads to it. Shared by
 * registration approval (its administrators) and organization administration (created users).
 */
public final class FirstTimeLoginLinks {

    /** The First Time Login required action (registration-flow), run after UPDATE_PASSWORD. */
    public static final String REQUIRED_ACTION = "mag-first-time-login";

    /**
     * The Change Requests page (organization-admin), a required action: First Time Login sends a
     * user whose email address is wrong there to ask for a new one, before the account is in use
     * (its realm priority is below First Time Login's, so it runs first and First Time Login then
     * continues).
     */
    public static final String CHANGE_REQUESTS_ACTION = "mag-change-requests";

    /** Realm attribute: how many days a First Time Login link is valid (1 to 90, default 7). */
    public static final String VALIDITY_DAYS = "magApprovalLinkValidityDays";
    private static final int DEFAULT_VALIDITY_DAYS = 7;

    private FirstTimeLoginLinks() {
    }

    /** The realm's validity of a First Time Login link, in seconds. */
    public static int validitySeconds(RealmModel realm) {
        String value = realm.getAttribute(VALIDITY_DAYS);
        long days = DEFAULT_VALIDITY_DAYS;
        if (value != null && !value.isBlank()) {
            try {
                days = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                days = DEFAULT_VALIDITY_DAYS;
            }
        }
        return (int) (Math.max(1, Math.min(90, days)) * 24 * 3600);
    }

    /** Where First Time Login starts: the realm's account console (needs the request's URI). */
    public static URI firstTimeLoginUri(KeycloakSession session, RealmModel realm) {
        return URI.create(Urls.accountBase(session.getContext().getUri().getBaseUri()).build(realm.getName()).toString() + "/");
    }

    /**
     * The First Time Login link for one user: a {@link FirstTimeLoginLinkToken} bound to the user
     * and the address the email goes to (needs the request's URI).
     */
    public static String link(KeycloakSession session, RealmModel realm, UserModel user, int validitySeconds) {
        FirstTimeLoginLinkToken token = new FirstTimeLoginLinkToken(user.getId(), user.getEmail(), Time.currentTime() + validitySeconds);
        UriInfo uri = session.getContext().getUri();
        // As Keycloak's own "execute actions" email builds its link: no tab or client data, which
        // Urls.actionTokenBuilder would add as (null) query parameters.
        return LoginActionsService.actionTokenProcessor(uri)
                .queryParam(Constants.KEY, token.serialize(session, realm, uri))
                .queryParam(Constants.CLIENT_ID, token.getIssuedFor())
                .build(realm.getName()).toString();
    }
}
