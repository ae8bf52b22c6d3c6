package io.mag.keycloak.it.support;

import org.keycloak.TokenVerifier;
import org.keycloak.common.VerificationException;
import org.keycloak.representations.AccessToken;
import org.keycloak.testsuite.util.oauth.AccessTokenResponse;

/** Reads the claims of tokens the server issued (signature checks are the server's business here). */
public final class Tokens {

    private Tokens() {
    }

    public static AccessToken accessToken(AccessTokenResponse response) {
        try {
            return TokenVerifier.create(response.getAccessToken(), AccessToken.class).getToken();
        } catch (VerificationException e) {
            throw new AssertionError("unreadable access token", e);
        }
    }
}
