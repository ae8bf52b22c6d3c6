package io.mag.keycloak.onboarding.invitation.invite;

import org.keycloak.models.Constants;
import org.keycloak.representations.AccessToken;

/**
 * Which access tokens may call the invitations REST API (pure logic, unit-tested). A token that is
 * valid for the realm is not enough: a token issued to any client of the realm (a partner
 * application, admin-cli) would otherwise act as the inviter. Accepted are tokens whose audience
 * names the dedicated client {@value #CLIENT_ID} (clients get it through the client scope of the
 * same name, which adds it with Keycloak's audience mapper), and tokens the account console obtained
 * for its signed-in user ({@code azp} = {@code account-console}).
 */
final class InvitationsAudience {

    /** The realm file's client (every flow off) and client scope that carry this audience. */
    static final String CLIENT_ID = "mag-invitations";

    private InvitationsAudience() {
    }

    static boolean accepts(AccessToken token) {
        if (token == null) {
            return false;
        }
        return token.hasAudience(CLIENT_ID) || Constants.ACCOUNT_CONSOLE_CLIENT_ID.equals(token.getIssuedFor());
    }
}
