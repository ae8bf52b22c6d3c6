package io.mag.keycloak.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.keycloak.common.util.SecretGenerator;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A single-use token in every form of one of the gateway's login-theme pages (Connect Accounts,
 * Manage OTP, Invite Organizations, First Time Login, the registration wizard). Keycloak's login-action URL already binds a post to this browser's authentication
 * session and tab; the nonce also makes a re-posted or outdated copy of the page (back button,
 * double submit, replay) change nothing. The forms carry it in the field {@value #FIELD}.
 */
public final class FormNonce {

    public static final String FIELD = "formNonce";

    private final String note;

    /** @param page names the page, so that the nonces of two pages never mix */
    public FormNonce(String page) {
        this.note = "mag." + page + ".nonce";
    }

    /** A fresh nonce for the page about to be rendered; it replaces any earlier one. */
    public String issue(AuthenticationSessionModel authSession) {
        String nonce = SecretGenerator.getInstance().randomString(32);
        authSession.setAuthNote(note, nonce);
        return nonce;
    }

    /** True once for the nonce of the latest page; the nonce is spent either way. */
    public boolean consume(AuthenticationSessionModel authSession, String posted) {
        String expected = authSession.getAuthNote(note);
        authSession.removeAuthNote(note);
        return expected != null && posted != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }
}
