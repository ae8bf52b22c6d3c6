package io.mag.keycloak.onboarding.approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.storage.adapter.InMemoryUserAdapter;

import io.mag.keycloak.common.outbox.EmailOutbox;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.onboarding.registration.jpa.OrgRegistrationEntity;

/**
 * The onboarding emails of this part, through Keycloak's EmailTemplateProvider and the realm's
 * email theme (HTML + text; user data escaped by FreeMarker). The decisions' emails (approved,
 * rejected) go through the durable email outbox in the decision's transaction; the submission's
 * notice is sent after the submission's own transaction. A failed send is logged, never rolled
 * back into the decision.
 */
public final class RegistrationMails {

    private static final Logger LOG = Logger.getLogger(RegistrationMails.class);

    static final String SUBMITTED = "mag-registration-submitted.ftl";
    static final String APPROVED = "mag-registration-approved.ftl";
    static final String REJECTED = "mag-registration-rejected.ftl";

    private final KeycloakSession session;
    private final RealmModel realm;

    public RegistrationMails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Tells the partner a supplier registered: the inviter of an invitation; for public
     * registration, the partner organization's Service Provider Administrators.
     */
    public void submitted(OrgRegistrationEntity registration, String organizationName) {
        List<UserModel> recipients = new ArrayList<>();
        if (registration.getInviterUserId() != null) {
            UserModel inviter = session.users().getUserById(realm, registration.getInviterUserId());
            if (inviter != null) {
                recipients.add(inviter);
            }
        } else if (registration.getPartnerOrgId() != null) {
            OrganizationModel partner = session.getProvider(OrganizationProvider.class).getById(registration.getPartnerOrgId());
            if (partner != null) {
                new OrganizationGroups(session, realm).members(partner, MagRole.SERVICE_PROVIDER_ADMINISTRATOR, 0, 50)
                        .filter(UserModel::isEnabled)
                        .forEach(recipients::add);
            }
        }
        for (UserModel recipient : recipients) {
            Mail mail = new Mail(organizationName, registration.getClientId(), null, null, null, registration.getContactEmail());
            send(recipient, "magRegSubmittedSubject", List.of(organizationName), SUBMITTED, mail);
        }
    }

    /**
     * The administrator's User ID and the First Time Login link; an existing account that was
     * selected is told to sign in with its own password instead of a One Time Password.
     */
    public boolean approved(UserModel administrator, String organizationName, String link, boolean existingAccount,
                            int linkValidityDays, String registrationId) {
        Mail mail = new Mail(organizationName, null, administrator.getUsername(), link, null, null);
        mail.existingAccount = existingAccount;
        mail.linkValidityDays = linkValidityDays;
        return enqueue(administrator, "magRegApprovedSubject", List.of(organizationName), APPROVED, mail,
                "Approval email of registration " + registrationId + " to user " + administrator.getId());
    }

    /**
     * The operator's reason, to the registrant's contact email, in the language the wizard was
     * filled in (the contact has no account whose locale Keycloak could read; null: the realm's default).
     */
    public boolean rejected(String contactEmail, String locale, String organizationName, String reason, String registrationId) {
        InMemoryUserAdapter recipient = new InMemoryUserAdapter(session, realm, KeycloakModelUtils.generateId());
        recipient.setEmail(contactEmail);
        if (locale != null || realm.getDefaultLocale() != null) {
            recipient.setSingleAttribute(UserModel.LOCALE, locale != null ? locale : realm.getDefaultLocale());
        }
        recipient.setEnabled(true);
        Mail mail = new Mail(organizationName, null, null, null, reason, contactEmail);
        return enqueue(recipient, "magRegRejectedSubject", List.of(organizationName), REJECTED, mail,
                "Rejection email of registration " + registrationId);
    }

    /**
     * Rendered now and written to the email outbox in the current transaction (the decision's), sent
     * after its commit; if this node dies first, another node sends it (see {@link EmailOutbox}).
     */
    private boolean enqueue(UserModel recipient, String subject, List<Object> subjectAttributes, String template, Mail mail, String what) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("magRegistration", mail);
        try {
            return new EmailOutbox(session, realm).enqueue(recipient, subject, subjectAttributes, template, attributes, what);
        } catch (EmailException e) {
            LOG.warnf(e, "Registration email %s to user %s could not be rendered", template, recipient.getId());
            return false;
        }
    }

    private boolean send(UserModel recipient, String subject, List<Object> subjectAttributes, String template, Mail mail) {
        if (recipient.getEmail() == null || recipient.getEmail().isBlank()) {
            return false;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("magRegistration", mail);
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(recipient)
                    .send(subject, subjectAttributes, template, attributes);
            return true;
        } catch (EmailException e) {
            LOG.warnf(e, "Registration email %s to user %s failed", template, recipient.getId());
            return false;
        }
    }

    /**
     * What the templates get as {@code magRegistration}. Getters, not a record: Keycloak's
     * FreeMarker object wrapper does not expose record accessors.
     */
    public static final class Mail {
        private final String organizationName;
        private final String application;
        private final String userId;
        private final String link;
        private final String reason;
        private final String contactEmail;
        private boolean existingAccount;
        private int linkValidityDays;

        Mail(String organizationName, String application, String userId, String link, String reason, String contactEmail) {
            this.organizationName = Objects.requireNonNullElse(organizationName, "");
            this.application = application;
            this.userId = userId;
            this.link = link;
            this.reason = reason;
            this.contactEmail = contactEmail;
        }

        public String getOrganizationName() {
            return organizationName;
        }

        public String getApplication() {
            return application;
        }

        public String getUserId() {
            return userId;
        }

        public String getLink() {
            return link;
        }

        public String getReason() {
            return reason;
        }

        public String getContactEmail() {
            return contactEmail;
        }

        public int getLinkValidityDays() {
            return linkValidityDays;
        }

        public boolean isExistingAccount() {
            return existingAccount;
        }
    }
}
