package io.mag.keycloak.it.support;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the decoded text and HTML alternatives of an email received by the test mail server. */
public final class Emails {

    private Emails() {
    }

    public static String html(Part message) throws MessagingException, IOException {
        return alternative(message, "text/html");
    }

    public static String text(Part message) throws MessagingException, IOException {
        return alternative(message, "text/plain");
    }

    /** The href of the HTML email's link with this id (HTML entities of the address decoded). */
    public static String link(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\" href=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no link " + id + " in " + html);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String alternative(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = alternative(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
