package io.mag.keycloak.onboarding.wizard;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.queue.OperatorQueueChanged;
import io.mag.keycloak.onboarding.approval.RegistrationMails;
import io.mag.keycloak.onboarding.invitation.InvitationLinkException;
import io.mag.keycloak.onboarding.invitation.InvitationProvider;
import io.mag.keycloak.onboarding.registration.jpa.OrgRegistrationEntity;
import io.mag.keycloak.onboarding.registration.Designations;
import io.mag.keycloak.onboarding.registration.RegistrationDescriptions;
import io.mag.keycloak.onboarding.registration.RegistrationStatus;
import io.mag.keycloak.onboarding.registration.Registrations;
import io.mag.keycloak.onboarding.wizard.WizardDraft.Person;

/**
 * Stores a reviewed draft, in one transaction of its own: the native organization (disabled, its
 * profile as attributes), the designated administrators (disabled, the one-time password as a
 * temporary password), the pending request, and, on the invitation path, the invitation marked
 * registered. Any failure rolls all of it back. Then the partner is told, after the commit.
 */
final class WizardSubmission {

    private static final Logger LOG = Logger.getLogger(WizardSubmission.class);

    /** No errors once stored; otherwise what the page says and the event's error code. */
    record Result(List<FormMessage> errors, String eventError) {
        static final Result STORED = new Result(List.of(), null);

        static Result refused(String eventError, String messageKey) {
            return new Result(List.of(new FormMessage(null, messageKey)), eventError);
        }
    }

    private static final class Refused extends RuntimeException {
        private final transient Result result;

        Refused(String eventError, String messageKey) {
            super(messageKey, null, false, false);
            this.result = Result.refused(eventError, messageKey);
        }

        Refused(String eventError, FormMessage message) {
            super(message.getMessage(), null, false, false);
            this.result = new Result(List.of(message), eventError);
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final WizardDraft draft;
    /** Designations the submission could not carry out, for the operator (see {@link Designations}). */
    private final List<String> unresolved = new ArrayList<>();

    WizardSubmission(KeycloakSession session, RealmModel realm, WizardDraft draft) {
        this.session = session;
        this.realm = realm;
        this.draft = draft;
    }

    Result submit() {
        // One submission per draft, however many clicks and nodes: the first claim wins.
        String claim = "mag-reg-submit:" + draft.id;
        SingleUseObjectProvider claims = session.getProvider(SingleUseObjectProvider.class);
        if (!claims.putIfAbsent(claim, 24 * 3600L)) {
            return Result.refused(WizardEvents.VALIDATION, "magRegAlreadySubmitted");
        }
        String realmId = realm.getId();
        OrgRegistrationEntity stored;
        try {
            stored = KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), session.getContext(), tx -> {
                RealmModel txRealm = tx.realms().getRealm(realmId);
                tx.getContext().setRealm(txRealm);
                return store(tx, txRealm);
            }, "mag-registration-submit");
        } catch (Refused refused) {
            claims.remove(claim);
            return refused.result;
        } catch (ModelDuplicateException e) {
            LOG.debugf("Registration %s lost a race on a unique key: %s", draft.id, e.getMessage());
            claims.remove(claim);
            return Result.refused(WizardEvents.NAME_TAKEN, "magRegNameTaken");
        } catch (PersistenceException e) {
            // Only a unique key means that the name was taken meanwhile; anything else is a failure.
            claims.remove(claim);
            if (isConstraintViolation(e)) {
                LOG.debugf("Registration %s lost a race on a unique key: %s", draft.id, e.getMessage());
                return Result.refused(WizardEvents.NAME_TAKEN, "magRegNameTaken");
            }
            LOG.warnf(e, "Registration %s could not be stored", draft.id);
            return Result.refused(WizardEvents.VALIDATION, "magRegSubmitFailed");
        } catch (ModelException e) {
            LOG.warnf(e, "Registration %s could not be stored", draft.id);
            claims.remove(claim);
            return Result.refused(WizardEvents.VALIDATION, "magRegSubmitFailed");
        }
        draft.registrationId = stored.getId();
        draft.organizationId = stored.getOrganizationId();
        new WizardEvents(session, realm).base(draft)
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(stored.getOrgAdminUserId().isEmpty() ? null : stored.getOrgAdminUserId())
                .detail(MagEvents.OPERATION, MagEvents.REGISTRATION_SUBMITTED)
                .detail(MagEvents.ORGANIZATION_ID, stored.getOrganizationId())
                .detail(Designations.UNRESOLVED_DETAIL, String.valueOf(unresolved.size()))
                .success();
        new RegistrationMails(session, realm).submitted(stored, draft.profile(Fields.LEGAL_NAME));
        return Result.STORED;
    }

    private OrgRegistrationEntity store(KeycloakSession tx, RealmModel txRealm) {
        Registrations registrations = new Registrations(tx);
        String name = draft.profile(Fields.LEGAL_NAME);
        if (registrations.nameTaken(txRealm, name) || registrations.organizationNameTaken(txRealm, name)) {
            throw new Refused(WizardEvents.NAME_TAKEN, "magRegNameTaken");
        }
        int maxAppAdmins = new RegistrationConfig(txRealm).maxApplicationAdministrators();
        if (draft.appAdmins.size() > maxAppAdmins) {
            throw new Refused(WizardEvents.VALIDATION, new FormMessage(null, "magRegTooManyAppAdmins", maxAppAdmins));
        }
        Administrators administrators = designateAdministrators(tx, txRealm);
        OrganizationModel organization = createOrganization(tx, name, administrators);
        OrgRegistrationEntity entity = pendingRequest(txRealm, organization, name, administrators);
        registrations.add(entity);
        OperatorQueueChanged.publish(tx, txRealm);
        if (draft.invitationId != null) {
            markInvitationRegistered(tx, txRealm);
        }
        return entity;
    }

    /** The organization, disabled until approved, with the profile and the designations as attributes. */
    private OrganizationModel createOrganization(KeycloakSession tx, String name, Administrators administrators) {
        OrganizationModel organization = tx.getProvider(OrganizationProvider.class).create(name, OrganizationAlias.of(name));
        organization.setEnabled(false);
        organization.setDescription(RegistrationDescriptions.pending(draft.invited));
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        draft.profile.forEach((field, value) -> {
            if (!value.isEmpty()) {
                attributes.put(OrganizationAttributes.PROFILE_PREFIX + field, List.of(value));
            }
        });
        attributes.put(OrganizationAttributes.PROFILE_PREFIX + Fields.CONTACT_EMAIL, List.of(draft.contactEmail));
        attributes.put(OrganizationAttributes.TYPE, List.of(OrganizationAttributes.TYPE_SUPPLIER));
        if (!draft.sharedClientIds.isEmpty()) {
            attributes.put(OrganizationAttributes.SHARED_APPLICATIONS, List.copyOf(draft.sharedClientIds));
        }
        attributes.put(OrganizationAttributes.REGISTRATION_STATUS, List.of(RegistrationStatus.PENDING.name().toLowerCase(Locale.ROOT)));
        attributes.put(OrganizationAttributes.REGISTRATION_ID, List.of(draft.id));
        if (!administrators.selected().isEmpty()) {
            attributes.put(Designations.SELECTED_USERS, List.copyOf(administrators.selected()));
        }
        if (!unresolved.isEmpty()) {
            attributes.put(Designations.UNRESOLVED, List.copyOf(unresolved));
        }
        organization.setAttributes(attributes);
        return organization;
    }

    /**
     * The designated administrators' user ids: all of them, those who administer the applications,
     * and the existing accounts among them. The Organization Administrator's id is empty when that
     * designation could not be carried out (the column is NOT NULL).
     */
    private record Administrators(String orgAdminId, List<String> all, List<String> appAdmins, List<String> selected) {
    }

    private Administrators designateAdministrators(KeycloakSession tx, RealmModel txRealm) {
        unresolved.clear();
        List<String> selected = new ArrayList<>();
        List<String> adminIds = new ArrayList<>();
        List<String> appAdminIds = new ArrayList<>();
        UserModel orgAdmin = designate(tx, txRealm, draft.orgAdmin, selected);
        if (orgAdmin != null) {
            adminIds.add(orgAdmin.getId());
            if (draft.orgAdminIsAppAdmin) {
                appAdminIds.add(orgAdmin.getId());
            }
        }
        for (Person person : draft.appAdmins) {
            UserModel user = designate(tx, txRealm, person, selected);
            if (user != null) {
                addOnce(adminIds, user.getId());
                addOnce(appAdminIds, user.getId());
            }
        }
        return new Administrators(orgAdmin == null ? "" : orgAdmin.getId(), adminIds, appAdminIds, selected);
    }

    private OrgRegistrationEntity pendingRequest(RealmModel txRealm, OrganizationModel organization, String name,
                                                 Administrators administrators) {
        OrgRegistrationEntity entity = new OrgRegistrationEntity();
        entity.setId(draft.id);
        entity.setRealmId(txRealm.getId());
        entity.setOrganizationId(organization.getId());
        entity.setOrgName(name);
        entity.setActiveNameKey(Registrations.nameKey(name));
        entity.setStatus(RegistrationStatus.PENDING.name());
        entity.setContactEmail(draft.contactEmail);
        entity.setLocale(draft.locale);
        entity.setInvitationId(draft.invitationId);
        entity.setPartnerOrgId(draft.partnerOrganizationId);
        entity.setInviterUserId(draft.inviterUserId);
        entity.setClientId(draft.clientId);
        entity.setAdminUserIds(String.join(",", administrators.all()));
        entity.setOrgAdminUserId(administrators.orgAdminId());
        entity.setAppAdminUserIds(String.join(",", administrators.appAdmins()));
        entity.setSubmittedAt(Time.currentTimeMillis());
        return entity;
    }

    private void markInvitationRegistered(KeycloakSession tx, RealmModel txRealm) {
        InvitationProvider invitations = tx.getProvider(InvitationProvider.class);
        try {
            if (invitations == null) {
                throw new InvitationLinkException(InvitationLinkException.Reason.INVALID);
            }
            invitations.markRegistered(txRealm, draft.invitationId, draft.id);
        } catch (InvitationLinkException e) {
            throw new Refused(WizardEvents.VALIDATION, "magRegLink" + e.reason().name());
        }
    }

    /**
     * The account of one designation, or null when it cannot be carried out; then the reason goes
     * to {@link #unresolved} for the operator, and the registrant, who may be anyone, is told
     * nothing about other people's accounts. A selected account must exist, be enabled, be no
     * service account and have the email given; a new person's User ID must be free. An email may
     * be shared with other accounts. A new account's {@code locale} is the wizard's language, so
     * that Keycloak writes its approval and Login Success emails, and its sign-in pages, in it.
     */
    private UserModel designate(KeycloakSession tx, RealmModel txRealm, Person person, List<String> selected) {
        UserModel existing = tx.users().getUserByUsername(txRealm, person.username);
        if (person.existing) {
            if (existing == null || !existing.isEnabled() || existing.getServiceAccountClientLink() != null
                    || existing.getEmail() == null || !existing.getEmail().equalsIgnoreCase(person.email)) {
                unresolved.add(Designations.NO_MATCHING_ACCOUNT + person.username);
                return null;
            }
            addOnce(selected, existing.getId());
            return existing;
        }
        if (existing != null) {
            unresolved.add(Designations.USER_ID_TAKEN + person.username);
            return null;
        }
        UserModel user = tx.users().addUser(txRealm, person.username);
        user.setEnabled(false);
        user.setFirstName(person.firstName);
        user.setLastName(person.lastName);
        user.setEmail(person.email);
        // Verified later, by the approval email's link (FirstTimeLoginLinkToken) or Keycloak's VERIFY_EMAIL.
        user.setEmailVerified(false);
        if (draft.locale != null) {
            user.setSingleAttribute(UserModel.LOCALE, draft.locale);
        }
        CredentialModel credential = new CredentialModel();
        credential.setType(PasswordCredentialModel.TYPE);
        credential.setCredentialData(person.passwordCredentialData);
        credential.setSecretData(person.passwordSecretData);
        credential.setCreatedDate(Time.currentTimeMillis());
        user.credentialManager().createStoredCredential(PasswordCredentialModel.createFromCredentialModel(credential));
        // Temporary, as Keycloak's "temporary" password: it must be changed at the first sign-in.
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        return user;
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause.getClass().getSimpleName().equals("ConstraintViolationException")
                    || cause instanceof EntityExistsException) {
                return true;
            }
        }
        return false;
    }
}
