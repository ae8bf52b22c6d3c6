package io.mag.keycloak.it;

import org.keycloak.TokenVerifier;
import org.keycloak.common.VerificationException;
import org.keycloak.representations.AccessToken;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/** Reads the claims of tokens the server issued (signature checks are the server's business here). */
final class Tokens {

    private Tokens() {
    }

    static AccessToken accessToken(AccessTokenResponse response) {
        try {
            return TokenVerifier.create(response.getAccessToken(), AccessToken.class).getToken();
        } catch (VerificationException e) {
            throw new AssertionError("unreadable access token", e);
        }
    }
}
