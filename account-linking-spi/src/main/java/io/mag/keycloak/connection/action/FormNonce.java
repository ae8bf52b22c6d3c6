package io.mag.keycloak.connection.action;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.keycloak.common.util.SecretGenerator;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A single-use token in every form of the Connect Accounts page. Keycloak's login-action URL
 * already binds a post to this browser's authentication session and tab; the nonce also makes a
 * re-posted or outdated copy of the page (back button, double submit, replay) change nothing.
 */
final class FormNonce {

    static final String FIELD = "formNonce";
    private static final String NOTE = "mag.connect-accounts.nonce";

    private FormNonce() {
    }

    /** A fresh nonce for the page about to be rendered; it replaces any earlier one. */
    static String issue(AuthenticationSessionModel authSession) {
        String nonce = SecretGenerator.getInstance().randomString(32);
        authSession.setAuthNote(NOTE, nonce);
        return nonce;
    }

    /** True once for the nonce of the latest page; the nonce is spent either way. */
    static boolean consume(AuthenticationSessionModel authSession, String posted) {
        String expected = authSession.getAuthNote(NOTE);
        authSession.removeAuthNote(NOTE);
        return expected != null && posted != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }
}
