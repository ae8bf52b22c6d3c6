package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.keycloak.util.JsonSerialization;

/** What an invitation email says: its subject, its Register Now link and the link's token. */
public final class InvitationMails {

    /** The subject's start, before the partner's name. */
    public static final String SUBJECT = "You're Invited to Collaborate with";

    private static final Pattern REGISTER_NOW = Pattern.compile("id=\"mag-invitation-register-now\" href=\"([^\"]+)\"");

    private InvitationMails() {
    }

    /** The href of the Register Now button of an HTML invitation (HTML entities decoded). */
    public static String registerNowLink(String html) {
        Matcher matcher = REGISTER_NOW.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no Register Now link in " + html);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    /** The invitation query parameter of a Register Now link. */
    public static String token(String link) {
        int at = link.indexOf("invitation=");
        if (at < 0) {
            throw new AssertionError("no invitation token in " + link);
        }
        String token = link.substring(at + "invitation=".length());
        int end = token.indexOf('&');
        return end < 0 ? token : token.substring(0, end);
    }

    public static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    public static JsonNode claims(String jwt) {
        return part(jwt, 1);
    }

    private static JsonNode part(String jwt, int index) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a signed JWT: " + jwt);
        }
        try {
            return JsonSerialization.readValue(Base64.getUrlDecoder().decode(parts[index]), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
