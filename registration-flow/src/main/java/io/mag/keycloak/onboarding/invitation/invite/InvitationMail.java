package io.mag.keycloak.onboarding.invitation.invite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.common.ClientConnection;
import org.keycloak.email.EmailException;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.storage.adapter.InMemoryUserAdapter;

import io.mag.keycloak.common.outbox.EmailOutbox;
import io.mag.keycloak.onboarding.invitation.Invitation;

/**
 * The invitation email (templates {@value #TEMPLATE}, subject {@value #SUBJECT}: "You're Invited to
 * Collaborate with {partner}"), rendered in the transaction that stores the invitation and written
 * to the email outbox there: a rolled-back invitation sends nothing, a committed one is sent right
 * after the commit, and by another node (or later) if this one dies first or the mail server refuses
 * it. The recipient has no account yet, so, like Keycloak's own organization invitations, the mail
 * goes to an in-memory user holding only the address, and the language the inviter chose for it
 * (Keycloak's email templates write in the recipient's {@code locale} attribute; without one they
 * would follow the inviter's browser). A failed first send is logged and recorded as an error event
 * (email_send_failed); the outbox retries it, and the inviter can Resend.
 */
final class InvitationMail {

    private static final Logger LOG = Logger.getLogger(InvitationMail.class);

    static final String TEMPLATE = "mag-organization-invitation.ftl";
    static final String SUBJECT = "magInvitationSubject";
    static final String ATTRIBUTE = "magInvitation";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private InvitationMail() {
    }

    static void enqueue(KeycloakSession session, RealmModel realm, Invitation invitation, String operation,
                        String link, String partnerName, List<String> applications, String inviterName) {
        Mail mail = new Mail(partnerName, invitation.companyName(), link,
                DAY.format(Instant.ofEpochSecond(invitation.expiresAt())), applications, inviterName);
        String inviterId = invitation.inviterUserId();
        ClientConnection connection = session.getContext().getConnection(); // the inviter's address, for the event
        UserModel recipient = new InMemoryUserAdapter(session, realm, KeycloakModelUtils.generateId());
        recipient.setEmail(invitation.contactEmail());
        recipient.setSingleAttribute(UserModel.LOCALE, invitation.locale() != null ? invitation.locale()
                : realm.getDefaultLocale() != null ? realm.getDefaultLocale() : Locale.ENGLISH.toLanguageTag());
        recipient.setEnabled(true);
        // Mutable: Keycloak adds its own attributes (locale, msg, ...) to this map.
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ATTRIBUTE, mail);
        try {
            new EmailOutbox(session, realm).enqueue(recipient, SUBJECT, List.of(partnerName), TEMPLATE, attributes,
                    "Invitation email of invitation " + invitation.id(), (mailSession, mailRealm) ->
                            new InvitationEvents(new EventBuilder(mailRealm, mailSession, connection), mailSession.users().getUserById(mailRealm, inviterId))
                                    .error(operation, invitation.partnerOrganizationId(), invitation.id(), Errors.EMAIL_SEND_FAILED, null));
        } catch (EmailException e) {
            LOG.warnf(e, "Invitation email of invitation %s could not be rendered", invitation.id());
            new InvitationEvents(new EventBuilder(realm, session, connection), session.users().getUserById(realm, inviterId))
                    .error(operation, invitation.partnerOrganizationId(), invitation.id(), Errors.EMAIL_SEND_FAILED, null);
        }
    }

    /**
     * What the templates get as {@value #ATTRIBUTE}; all of it is escaped by FreeMarker. Getters,
     * not a record: Keycloak's FreeMarker object wrapper does not expose record accessors.
     */
    public static final class Mail {
        private final String partnerName;
        private final String companyName;
        private final String link;
        private final String expiresOn;
        private final List<String> applications;
        private final String inviterName;

        Mail(String partnerName, String companyName, String link, String expiresOn, List<String> applications, String inviterName) {
            this.partnerName = partnerName;
            this.companyName = companyName;
            this.link = link;
            this.expiresOn = expiresOn;
            this.applications = List.copyOf(applications);
            this.inviterName = inviterName;
        }

        public String getPartnerName() {
            return partnerName;
        }

        public String getCompanyName() {
            return companyName;
        }

        public String getLink() {
            return link;
        }

        public String getExpiresOn() {
            return expiresOn;
        }

        public List<String> getApplications() {
            return applications;
        }

        public String getInviterName() {
            return inviterName;
        }
    }
}
