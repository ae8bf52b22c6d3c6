package io.mag.keycloak.access.offer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;

import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.outbox.EmailOutbox;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * The emails of offers and public registrations, through the outbox (MAG_EMAIL_OUTBOX): each is
 * stored with the decision it announces, so it exists exactly when that committed, and is sent
 * after the commit. Templates of the realm's email theme, in the recipient's language; every
 * name in them is user data that FreeMarker escapes. A link opens the account console, where an
 * offer is answered: nothing is decided by a link alone.
 */
final class OfferMails {

    private static final Logger LOG = Logger.getLogger(OfferMails.class);

    static final String OFFERED = "mag-offer-received.ftl";
    static final String ANSWERED = "mag-offer-answered.ftl";
    static final String PUBLIC_REGISTRATION = "mag-public-registration.ftl";
    /** The account console page of an Organization Administrator's partner applications. */
    static final String PAGE = "/content/organization-applications";
    /** Most recipients of one email. */
    private static final int MAX_RECIPIENTS = 50;

    private final KeycloakSession session;
    private final RealmModel realm;

    OfferMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** To each Organization Administrator of the organization: which partner offers which application, and where to answer. */
    void offered(SubscriptionEntity offer) {
        Mail mail = mail(offer);
        if (mail == null) {
            return;
        }
        new OrganizationGroups(session, realm).members(mail.organizationModel, MagRole.ORGANIZATION_ADMINISTRATOR, 0, MAX_RECIPIENTS)
                .filter(UserModel::isEnabled)
                .forEach(administrator -> send(administrator, "magOfferReceivedSubject", List.of(mail.getPartner(), mail.getApplication()),
                        OFFERED, mail, "Offer email of subscription " + offer.getId()));
    }

    /** To the Service Provider Administrator who offered: the organization accepted or declined (with its reason). */
    void answered(SubscriptionEntity offer, boolean accepted) {
        Mail mail = mail(offer);
        UserModel inviter = offer.getOfferedBy() == null ? null : session.users().getUserById(realm, offer.getOfferedBy());
        if (mail == null || inviter == null || !inviter.isEnabled()) {
            return;
        }
        mail.accepted = accepted;
        send(inviter, accepted ? "magOfferAcceptedSubject" : "magOfferDeclinedSubject", List.of(mail.getOrganization(), mail.getApplication()),
                ANSWERED, mail, "Offer answer email of subscription " + offer.getId());
    }

    /** To the owning partner's Service Provider Administrators: an organization registered for their public application. */
    void publicRegistration(SubscriptionEntity subscription) {
        Mail mail = mail(subscription);
        if (mail == null || mail.partnerModel == null) {
            return;
        }
        new OrganizationGroups(session, realm).members(mail.partnerModel, MagRole.SERVICE_PROVIDER_ADMINISTRATOR, 0, MAX_RECIPIENTS)
                .filter(UserModel::isEnabled)
                .forEach(administrator -> send(administrator, "magPublicRegistrationSubject", List.of(mail.getOrganization(), mail.getApplication()),
                        PUBLIC_REGISTRATION, mail, "Public registration email of subscription " + subscription.getId()));
    }

    private Mail mail(SubscriptionEntity row) {
        OrganizationRoles roles = new OrganizationRoles(session, realm);
        OrganizationModel organization = roles.organization(row.getOrganizationId());
        ClientModel client = realm.getClientById(row.getClientId());
        if (organization == null || client == null) {
            return null;
        }
        OrganizationModel partner = PartnerApplications.owningPartner(session, client).orElse(null);
        UserModel inviter = row.getOfferedBy() == null ? null : session.users().getUserById(realm, row.getOfferedBy());
        UserModel decider = row.getDecidedBy() == null ? null : session.users().getUserById(realm, row.getDecidedBy());
        String account = Urls.accountBase(session.getContext().getUri().getBaseUri()).build(realm.getName()).toString();
        return new Mail(organization, partner, PartnerApplications.displayName(client), nameOf(inviter), nameOf(decider), row.getEndReason(),
                account + PAGE);
    }

    private static String nameOf(UserModel user) {
        if (user == null) {
            return "";
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getUsername() : name;
    }

    private void send(UserModel recipient, String subject, List<Object> subjectAttributes, String template, Mail mail, String what) {
        try {
            // Mutable: Keycloak's template provider adds its own attributes (locale, realm name, ...) to the map.
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("magOffer", mail);
            new EmailOutbox(session, realm).enqueue(recipient, subject, subjectAttributes, template, attributes, what);
        } catch (EmailException e) {
            // The decision stands; the template is broken, which the operator sees in the log.
            LOG.warnf(e, "%s to user %s could not be rendered", what, recipient.getId());
        }
    }

    /**
     * What the templates get as {@code magOffer}. Getters, not a record: Keycloak's FreeMarker
     * object wrapper does not expose record accessors.
     */
    public static final class Mail {
        private final OrganizationModel organizationModel;
        private final OrganizationModel partnerModel;
        private final String application;
        private final String inviter;
        private final String decider;
        private final String reason;
        private final String link;
        private boolean accepted;

        Mail(OrganizationModel organization, OrganizationModel partner, String application, String inviter, String decider, String reason,
                String link) {
            this.organizationModel = organization;
            this.partnerModel = partner;
            this.application = application;
            this.inviter = inviter;
            this.decider = decider;
            this.reason = reason;
            this.link = link;
        }

        public String getOrganization() {
            return organizationModel.getName();
        }

        public String getPartner() {
            return partnerModel == null ? "" : partnerModel.getName();
        }

        public String getApplication() {
            return application;
        }

        /** Who offered (the partner's Service Provider Administrator). */
        public String getInviter() {
            return inviter;
        }

        /** Who answered or registered (the organization's Organization Administrator). */
        public String getDecider() {
            return decider;
        }

        /** The decline reason; null when none was given. */
        public String getReason() {
            return reason;
        }

        public String getLink() {
            return link;
        }

        public boolean isAccepted() {
            return accepted;
        }
    }
}
