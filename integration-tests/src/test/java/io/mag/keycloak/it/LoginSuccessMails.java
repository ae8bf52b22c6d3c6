package io.mag.keycloak.it;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.keycloak.testframework.mail.MailServer;

/** The Login Success emails one address received from the test mail server. */
final class LoginSuccessMails {

    static final String SUBJECT = "Login Success";

    private final MailServer mail;

    LoginSuccessMails(MailServer mail) {
        this.mail = mail;
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(SUBJECT);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits (up to 10 s) for the first Login Success email to the address. */
    MimeMessage await(String address) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> received = to(address);
            if (!received.isEmpty()) {
                return received.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no Login Success email to " + address);
    }
}
