package io.mag.keycloak.otp.reminder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.cluster.ExecutionResult;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.otp.OtpSubscription;
import io.mag.keycloak.otp.SubscriptionCalendar;
import io.mag.keycloak.otp.SubscriptionCredentials;
import io.mag.keycloak.otp.SubscriptionReminders;
import io.mag.keycloak.otp.SubscriptionSettings;
import io.mag.keycloak.otp.manage.ManageOtpActionFactory;

/**
 * Sends the expiry reminders (30 and 7 days before expiry) of one realm, each at most once per
 * OTP credential per subscription year, and records each as a user event.
 *
 * <p>Cost: two queries on Keycloak's CREDENTIAL table per realm and run, never a scan of users.
 * (1) OTP credentials without recorded dates whose createdDate puts their implicit expiry within
 * the next 30 days (a range on CREATED_DATE); (2) the users holding a recorded subscription
 * credential ({@value SubscriptionCredentials#TYPE}), whose dates are JSON and so are checked in
 * Java: linear in the number of recorded subscriptions (renewed, set by an admin, reminded, or
 * recorded when the holder signed in: in practice every OTP credential in use).
 * Only the users found are loaded, each in its own transaction, so one failure (e.g. SMTP) does
 * not undo the reminders sent to others. A reminder is marked sent after the mail server accepted
 * it; if that mark fails to commit, the next run sends it again (at least once). A realm's runs
 * never overlap, on one node or across the cluster (see {@link #run}).
 */
public final class ExpiryReminders implements ExpiryReminderProvider {

    private static final Logger LOG = Logger.getLogger(ExpiryReminders.class);

    public static final List<Integer> REMINDER_DAYS = List.of(30, 7);
    static final String TEMPLATE = "mag-otp-expiry-reminder.ftl";
    static final String SUBJECT = "magOtpReminderSubject";
    static final String REMINDER_DAYS_DETAIL = "mag_reminder_days";
    static final String DAYS_LEFT_DETAIL = "mag_days_left";
    /** Key of the cluster-wide lock of a realm's run (Keycloak's task lock in the work cache). */
    static final String RUN_LOCK_PREFIX = "mag-otp-expiry-reminders::";
    /** The lock expires by itself after this long should the node holding it die mid-run. */
    static final int RUN_LOCK_SECONDS = 900;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final KeycloakSession session;

    public ExpiryReminders(KeycloakSession session) {
        this.session = session;
    }

    /**
     * Runs the realm's reminders unless a run for the realm is in progress on any node: the
     * scheduled task and the admin endpoint may start a run on two nodes at the same moment, and
     * two runs would both find a reminder due and both mail it (a reminder is marked sent only
     * after the mail went out). Keycloak's cluster-wide task lock serializes them; the run that
     * finds it taken sends nothing (0), the one holding it sends everything due.
     */
    @Override
    public int run(RealmModel realm) {
        ExecutionResult<Integer> result = session.getProvider(ClusterProvider.class)
                .executeIfNotExecuted(RUN_LOCK_PREFIX + realm.getId(), RUN_LOCK_SECONDS, () -> runNow(realm));
        if (!result.isExecuted()) {
            LOG.debugf("OTP expiry reminders of realm %s are being sent by another run; this one sends none", realm.getName());
            return 0;
        }
        return result.getResult();
    }

    private int runNow(RealmModel realm) {
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        String realmId = realm.getId();
        AtomicInteger sent = new AtomicInteger();
        for (String userId : candidateUsers(realmId, now)) {
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), inner -> {
                    RealmModel innerRealm = inner.realms().getRealm(realmId);
                    inner.getContext().setRealm(innerRealm);
                    UserModel user = inner.users().getUserById(innerRealm, userId);
                    if (user != null) {
                        sent.addAndGet(remind(inner, innerRealm, user, now));
                    }
                });
            } catch (RuntimeException e) {
                // One user's failure (e.g. a concurrent change of their credentials) must not stop
                // the others' reminders; this user's is tried again by the next run.
                LOG.warnf(e, "OTP expiry reminders of user %s failed", userId);
            }
        }
        if (sent.get() > 0) {
            LOG.debugf("Sent %d OTP expiry reminder(s) in realm %s", sent.get(), realm.getName());
        }
        return sent.get();
    }

    private Set<String> candidateUsers(String realmId, Instant now) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        int longest = REMINDER_DAYS.stream().max(Integer::compare).orElse(30);
        // Implicit expiry = createdDate + 1 year; one day of slack each side for month lengths.
        long from = now.atZone(ZoneOffset.UTC).minusYears(1).minusDays(1).toInstant().toEpochMilli();
        long to = now.atZone(ZoneOffset.UTC).plusDays(longest + 1L).minusYears(1).toInstant().toEpochMilli();
        Set<String> users = new LinkedHashSet<>(em.createQuery(
                        "select distinct c.user.id from CredentialEntity c where c.user.realmId = :realmId and c.type = :type"
                                + " and c.createdDate >= :from and c.createdDate < :to", String.class)
                .setParameter("realmId", realmId)
                .setParameter("type", OTPCredentialModel.TYPE)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
        users.addAll(em.createQuery(
                        "select distinct c.user.id from CredentialEntity c where c.user.realmId = :realmId and c.type = :type", String.class)
                .setParameter("realmId", realmId)
                .setParameter("type", SubscriptionCredentials.TYPE)
                .getResultList());
        return users;
    }

    private static int remind(KeycloakSession session, RealmModel realm, UserModel user, Instant now) {
        SubscriptionCredentials store = new SubscriptionCredentials(user);
        store.removeOrphans();
        SubscriptionReminders reminders = new SubscriptionReminders(store, REMINDER_DAYS);
        SubscriptionCalendar calendar = SubscriptionSettings.calendar(realm);
        int sent = 0;
        for (var otp : store.otpCredentials()) {
            var due = reminders.due(otp, calendar, now);
            if (due.isEmpty()) {
                continue;
            }
            int days = due.get();
            OtpSubscription subscription = store.subscriptionOf(otp).orElseThrow();
            // The reminder period (30 or 7) only decides when to write; the mail states what is left.
            int daysLeft = daysLeft(now, subscription.expiresAt());
            EventBuilder event = new EventBuilder(realm, session)
                    .event(EventType.CUSTOM_REQUIRED_ACTION)
                    .user(user)
                    .detail(Details.CUSTOM_REQUIRED_ACTION, ManageOtpActionFactory.PROVIDER_ID)
                    .detail(MagEvents.OPERATION, MagEvents.EXPIRY_REMINDER)
                    .detail(Details.CREDENTIAL_ID, otp.getId())
                    .detail(REMINDER_DAYS_DETAIL, String.valueOf(days))
                    .detail(DAYS_LEFT_DETAIL, String.valueOf(daysLeft));
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                LOG.debugf("No email address for user %s: OTP expiry reminder not sent", user.getId());
                continue;
            }
            // Mutable: Keycloak adds its own attributes (locale, msg, user, ...) to this map.
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("magReminder", new ReminderMail(daysLeft, DAY.format(subscription.expiresAt()),
                    otp.getUserLabel() == null ? "" : otp.getUserLabel()));
            try {
                session.getProvider(EmailTemplateProvider.class)
                        .setRealm(realm)
                        .setUser(user)
                        .send(SUBJECT, List.of(daysLeft), TEMPLATE, attributes);
            } catch (EmailException e) {
                LOG.warnf(e, "OTP expiry reminder to user %s failed", user.getId());
                event.event(EventType.CUSTOM_REQUIRED_ACTION_ERROR).detail(Details.EMAIL, user.getEmail()).error(Errors.EMAIL_SEND_FAILED);
                continue;
            }
            reminders.markSent(otp, days);
            event.detail(Details.EMAIL, user.getEmail()).success();
            sent++;
        }
        return sent;
    }

    /**
     * Whole days from today to the expiry day, both as UTC calendar days (the mail names the
     * expiry as a UTC date, so the two always agree): 0 when it expires later today.
     */
    static int daysLeft(Instant now, Instant expiresAt) {
        long days = ChronoUnit.DAYS.between(now.atZone(ZoneOffset.UTC).toLocalDate(), expiresAt.atZone(ZoneOffset.UTC).toLocalDate());
        return (int) Math.max(0, days);
    }

    /**
     * What the reminder templates get as {@code magReminder} (escaped by FreeMarker like all user
     * data). Getters, not a record: Keycloak's FreeMarker object wrapper does not expose record accessors.
     */
    public static final class ReminderMail {
        private final int days;
        private final String expiresOn;
        private final String credentialLabel;

        ReminderMail(int days, String expiresOn, String credentialLabel) {
            this.days = days;
            this.expiresOn = expiresOn;
            this.credentialLabel = credentialLabel;
        }

        public int getDays() {
            return days;
        }

        public String getExpiresOn() {
            return expiresOn;
        }

        public String getCredentialLabel() {
            return credentialLabel;
        }
    }

    @Override
    public void close() {
    }
}
