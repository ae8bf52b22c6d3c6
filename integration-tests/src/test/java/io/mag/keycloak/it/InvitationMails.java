package io.mag.keycloak.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.keycloak.testframework.mail.MailServer;
import org.keycloak.util.JsonSerialization;

/** Invitation emails received by the test mail server, their Register Now link and its token. */
final class InvitationMails {

    private static final Pattern REGISTER_NOW = Pattern.compile("id=\"mag-invitation-register-now\" href=\"([^\"]+)\"");

    private final MailServer mail;

    InvitationMails(MailServer mail) {
        this.mail = mail;
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits (up to 15 s) until {@code count} emails to {@code address} have arrived; returns them all. */
    List<MimeMessage> await(String address, int count) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (to(address).size() < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        List<MimeMessage> received = to(address);
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " email(s) to " + address + ", got " + received.size());
        }
        return received;
    }

    /** The href of the Register Now button of an HTML invitation (HTML entities decoded). */
    static String registerNowLink(String html) {
        Matcher matcher = REGISTER_NOW.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no Register Now link in " + html);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    /** The invitation query parameter of a Register Now link. */
    static String token(String link) {
        int at = link.indexOf("invitation=");
        if (at < 0) {
            throw new AssertionError("no invitation token in " + link);
        }
        String token = link.substring(at + "invitation=".length());
        int end = token.indexOf('&');
        return end < 0 ? token : token.substring(0, end);
    }

    static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    static JsonNode claims(String jwt) {
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
