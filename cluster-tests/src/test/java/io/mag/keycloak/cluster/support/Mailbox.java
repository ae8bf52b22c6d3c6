package io.mag.keycloak.cluster.support;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The mail the realm sent, read from the harness' GreenMail server through its REST API. A check
 * that a mail did NOT come polls for the whole quiet period.
 */
public final class Mailbox {

    public static final Duration QUIET_PERIOD = Duration.ofSeconds(3);

    /** One received mail: its subject and its raw text with quoted-printable undone (links readable). */
    public record Mail(String subject, String text) {
    }

    private Mailbox() {
    }

    public static List<Mail> messages(String to) {
        String url = Cluster.get().mailApiUrl() + "/api/user/" + URLEncoder.encode(to, StandardCharsets.UTF_8) + "/messages/INBOX";
        HttpJson response = HttpJson.get(url, null);
        List<Mail> mails = new ArrayList<>();
        if (response.status() != 200) {
            return mails; // no mail for this address yet: GreenMail knows no such user
        }
        for (JsonNode message : response.json()) {
            mails.add(new Mail(message.path("subject").asText(), decodeQuotedPrintable(message.path("mimeMessage").asText())));
        }
        return mails;
    }

    private static List<Mail> matching(String to, String subject) {
        return messages(to).stream().filter(mail -> mail.subject().contains(subject)).toList();
    }

    /** Waits up to 30 s for {@code count} mails to {@code to} whose subject contains {@code subject}. */
    public static List<Mail> await(String to, String subject, int count) {
        return Waits.until(count + " mail(s) to " + to + " with subject containing '" + subject + "'", Duration.ofSeconds(30), () -> {
            List<Mail> mails = matching(to, subject);
            return mails.size() >= count ? mails : null;
        });
    }

    /** Waits up to {@code timeout} for a mail to {@code to} whose subject contains {@code subject}. */
    public static Mail await(String to, String subject, Duration timeout) {
        return Waits.until("a mail to " + to + " with subject containing '" + subject + "'", timeout, () -> {
            List<Mail> mails = matching(to, subject);
            return mails.isEmpty() ? null : mails.get(0);
        });
    }

    public static Mail await(String to, String subject) {
        return await(to, subject, 1).get(0);
    }

    /** Fails as soon as more than {@code count} such mails are there, polling for the whole quiet period. */
    public static void assertNoMore(String to, String subject, int count) {
        Instant end = Instant.now().plus(QUIET_PERIOD);
        while (Instant.now().isBefore(end)) {
            int received = matching(to, subject).size();
            if (received > count) {
                throw new AssertionError(received + " mails to " + to + " with subject containing '" + subject + "', expected " + count);
            }
            Waits.pause(Duration.ofMillis(250));
        }
    }

    /** Undoes quoted-printable soft line breaks and =XX escapes (Keycloak's mails are QP-encoded UTF-8). */
    static String decodeQuotedPrintable(String raw) {
        String joined = raw.replace("=\r\n", "").replace("=\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    }
}
