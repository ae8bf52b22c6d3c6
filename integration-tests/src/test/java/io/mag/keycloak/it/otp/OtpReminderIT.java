package io.mag.keycloak.it.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;

import io.mag.keycloak.it.support.ConnectionsApi;
import io.mag.keycloak.it.support.DemoUsers;
import io.mag.keycloak.it.support.Emails;
import io.mag.keycloak.it.support.MagRealm;
import io.mag.keycloak.it.support.MagServerConfig;
import io.mag.keycloak.it.support.Mailbox;
import io.mag.keycloak.it.support.OtpSubscriptionsApi;
import io.mag.keycloak.it.support.TestUsers;

/**
 * Expiry reminders 30 and 7 days before expiry, each once per subscription year. The server's
 * clock is moved with the framework's time offset; the reminder task (scheduled every 60 minutes
 * by default) is run deterministically through the admin endpoint that runs it now.
 */
@KeycloakIntegrationTest(config = MagServerConfig.class)
class OtpReminderIT {

    private static final String TOTP_SECRET = "reminderSecret123456";
    /** What the reminders' subjects share ("... expires in 30 days"). */
    private static final String REMINDER = "Your OTP subscription expires in";

    @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)
    ManagedRealm realm;

    @InjectMailServer
    MailServer mail;

    @InjectTimeOffSet
    TimeOffSet clock;

    private TestUsers users;
    private OtpSubscriptionsApi api;
    private Mailbox mails;

    @BeforeEach
    void setUp() {
        users = new TestUsers(realm);
        api = new OtpSubscriptionsApi(realm);
        mails = new Mailbox(mail);
    }

    private String operatorToken() {
        return new ConnectionsApi(realm).token(DemoUsers.OPERATOR, DemoUsers.password(DemoUsers.OPERATOR));
    }

    private int runReminders() {
        HttpResponse<String> run = api.post("reminders", operatorToken());
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        return ConnectionsApi.json(run).path("sent").asInt();
    }

    private List<String> reminderEvents(String userId) {
        return realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION"), null, userId, null, null, null, 0, 100).stream()
                .map(EventRepresentation::getDetails)
                .filter(d -> d != null && "EXPIRY_REMINDER".equals(d.get("mag_operation")))
                .map(d -> d.get("mag_reminder_days"))
                .toList();
    }

    @Test
    @DisplayName("30-day and 7-day reminders arrive once each, state the days actually left, with user data escaped")
    void remindersArriveOnceEach() throws Exception {
        UserRepresentation account = users.account("ivy", "ivy");
        account.setCredentials(List.of(account.getCredentials().get(0), TestUsers.otpCredential("<b>Ivy's phone</b>", TOTP_SECRET)));
        String userId = users.create(account);
        String credentialId = realm.admin().users().get(userId).credentials().stream()
                .filter(c -> "otp".equals(c.getType())).findFirst().orElseThrow().getId();
        Instant expiry = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> set = api.setDates(userId, credentialId,
                expiry.atZone(ZoneOffset.UTC).minusYears(1).toInstant().toString(), expiry.toString(), operatorToken());
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        String email = users.email("ivy");

        runReminders();
        MimeMessage first = mails.await(email, REMINDER);
        // The 30-day reminder, sent with 20 days left, says 20.
        assertThat(first.getSubject()).contains("expires in 20 days").doesNotContain("30");
        String html = Emails.html(first);
        assertThat(html).contains("id=\"mag-otp-reminder-body\"", expiry.atZone(ZoneOffset.UTC).toLocalDate().toString(), "&lt;b&gt;Ivy", "in 20 days")
                .doesNotContain("<b>Ivy");
        assertThat(Emails.text(first)).contains("Manage OTP");

        // Again: nothing new.
        runReminders();
        mails.assertNoMore(email, REMINDER, Mailbox.QUIET_PERIOD);

        // 15 days later the expiry is 5 days away: the 7-day reminder, once.
        clock.set(Duration.ofDays(15));
        runReminders();
        MimeMessage second = mails.await(email, REMINDER, 2).get(1);
        assertThat(second.getSubject()).contains("expires in 5 days");
        assertThat(Emails.text(second)).contains("in 5 days");
        runReminders();
        mails.assertNoMore(email, REMINDER, Mailbox.QUIET_PERIOD);

        assertThat(reminderEvents(userId)).containsExactlyInAnyOrder("30", "7");
    }

    @Test
    @DisplayName("a subscription far from expiry gets no reminder")
    void noReminderFarFromExpiry() throws Exception {
        UserRepresentation account = users.account("jo", "jo");
        account.setCredentials(List.of(account.getCredentials().get(0), TestUsers.otpCredential("phone", TOTP_SECRET)));
        String userId = users.create(account);

        runReminders();
        mails.assertNoMore(users.email("jo"), REMINDER, Mailbox.QUIET_PERIOD);
        assertThat(reminderEvents(userId)).isEmpty();

        // 340 days later (25 days before the implicit expiry): the 30-day reminder.
        clock.set(Duration.ofDays(340));
        runReminders();
        assertThat(mails.await(users.email("jo"), REMINDER).getSubject()).contains("expires in 25 days");
        assertThat(reminderEvents(userId)).containsExactly("30");
    }

    @Test
    void runningRemindersNeedsRealmManagement() {
        users.create("kim", "kim");
        String plain = new ConnectionsApi(realm).token(users.username("kim"), TestUsers.PASSWORD);
        assertThat(api.post("reminders", plain).statusCode()).isEqualTo(403);
        assertThat(api.post("reminders", null).statusCode()).isEqualTo(401);
    }
}
