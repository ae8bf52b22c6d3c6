package io.mag.keycloak.it.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.keycloak.testframework.mail.MailServer;

/**
 * The test mail server's mails to one address with a subject containing a given text. The one
 * mail helper of the tests: wait for mails, and check that no further mail arrives by polling
 * for the whole quiet period (never by sleeping and counting).
 */
public final class Mailbox {

    /** How long a test waits for an expected mail. */
    static final Duration WAIT = Duration.ofSeconds(15);
    /** How long a test watches for a mail that must not come. */
    public static final Duration QUIET_PERIOD = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 100;

    private final MailServer mail;
    /** Per address and subject: how many mails {@link #await} has handed out so far. */
    private final Map<String, Integer> awaited = new HashMap<>();

    public Mailbox(MailServer mail) {
        this.mail = mail;
    }

    /** The mails to {@code to} (any letter case) whose subject contains {@code subject}, in arrival order. */
    public List<MimeMessage> to(String to, String subject) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> isTo(m, to) && subjectOf(m).contains(subject)).toList();
    }

    /** Waits for the first such mail and returns it. */
    public MimeMessage await(String to, String subject) {
        return await(to, subject, 1).get(0);
    }

    /** Waits until {@code count} such mails have arrived and returns them all. */
    public List<MimeMessage> await(String to, String subject, int count) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        List<MimeMessage> received = to(to, subject);
        while (received.size() < count && System.currentTimeMillis() < deadline) {
            pause();
            received = to(to, subject);
        }
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " email(s) to " + to + " about \"" + subject + "\", got " + received.size());
        }
        awaited.merge(key(to, subject), received.size(), Math::max);
        return received;
    }

    /**
     * Watches for the whole quiet period and fails as soon as a mail arrives beyond those that
     * {@link #await} returned for this address and subject (none if it was not called).
     */
    public void assertNoMore(String to, String subject, Duration quietPeriod) {
        int expected = awaited.getOrDefault(key(to, subject), 0);
        long deadline = System.currentTimeMillis() + quietPeriod.toMillis();
        do {
            int received = to(to, subject).size();
            if (received > expected) {
                throw new AssertionError("expected no more than " + expected + " email(s) to " + to + " about \"" + subject
                        + "\", got " + received);
            }
            pause();
        } while (System.currentTimeMillis() < deadline);
    }

    private static String key(String to, String subject) {
        return to.toLowerCase() + "\n" + subject;
    }

    private static boolean isTo(MimeMessage message, String to) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && recipients.length > 0 && recipients[0].toString().equalsIgnoreCase(to);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
