package io.mag.keycloak.onboarding.approval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.firstlogin.FirstTimeLoginLinks;
import io.mag.keycloak.common.queue.OperatorQueueChanged;
import io.mag.keycloak.common.queue.QueueDecided;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.onboarding.firstlogin.FirstTimeLoginActionFactory;
import io.mag.keycloak.onboarding.registration.Designations;
import io.mag.keycloak.onboarding.registration.jpa.OrgRegistrationEntity;
import io.mag.keycloak.onboarding.registration.RegistrationDescriptions;
import io.mag.keycloak.onboarding.registration.RegistrationStatus;
import io.mag.keycloak.onboarding.registration.Registrations;
import io.mag.keycloak.onboarding.wizard.RegistrationConfig;

/**
 * An operator's decision on a pending registration, in the caller's transaction (the admin REST
 * request, or the admin console's organization update). The request row is updated and flushed
 * first: of two decisions at the same moment, the second fails on the row's version (or finds it
 * decided) and changes nothing. Emails are written to the email outbox in the same transaction and
 * go out after the commit, once.
 */
public final class RegistrationDecisions {

    private static final Logger LOG = Logger.getLogger(RegistrationDecisions.class);

    /**
     * Some designations could not be carried out at submission (a taken User ID, a selection that
     * matches no account): approving would leave the organization without them.
     */
    public static final class UnresolvedDesignations extends RuntimeException {
        private final transient List<String> designations;

        UnresolvedDesignations(List<String> designations) {
            super("Unresolved designations: " + designations, null, false, false);
            this.designations = List.copyOf(designations);
        }

        public List<String> designations() {
            return designations;
        }
    }

    /** The request was already decided (or decided concurrently). */
    public static final class AlreadyDecided extends RuntimeException {
        AlreadyDecided(String id) {
            super("Registration " + id + " is no longer pending", null, false, false);
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public RegistrationDecisions(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public void approve(OrgRegistrationEntity registration, String operatorId) {
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(registration.getOrganizationId());
        if (RegistrationStatus.PENDING.name().equals(registration.getStatus()) && organization != null
                && !Designations.unresolved(organization).isEmpty()) {
            throw new UnresolvedDesignations(Designations.unresolved(organization));
        }
        decide(registration, RegistrationStatus.APPROVED, operatorId, null);
        if (organization == null) {
            throw new IllegalStateException("The organization of registration " + registration.getId() + " no longer exists");
        }
        List<String> selected = Designations.selectedUsers(organization);
        // Read before setAttributes: Keycloak's OrganizationAdapter#setAttributes drops the keys it
        // sets from the adapter's cached attribute map, so they read as absent afterwards.
        List<ClientModel> applications = sharedApplications(organization);
        organization.setEnabled(true);
        // Also when approved by enabling it in the admin console, whose save wrote the old description back.
        organization.setDescription(RegistrationDescriptions.approved(registration.getInvitationId() != null));
        Map<String, List<String>> attributes = new HashMap<>(organization.getAttributes());
        attributes.put(OrganizationAttributes.REGISTRATION_STATUS, List.of("approved"));
        organization.setAttributes(attributes);
        OrganizationGroups groups = new OrganizationGroups(session, realm);
        groups.ensureAll(organization);
        // The organization gains its shared applications here: subscriptions (through the
        // mag-application-subscriber SPI, when application access is deployed) and their groups
        // (users, administrators), which the subscription has already created then.
        RegistrationSubscriptions.subscribe(session, realm, organization, applications, registration.getInvitationId() != null, operatorId);
        applications.forEach(client -> groups.ensureApplication(organization, client));
        List<String> appAdmins = ids(registration.getAppAdminUserIds());
        List<UserModel> administrators = ids(registration.getAdminUserIds()).stream()
                .map(id -> session.users().getUserById(realm, id))
                .filter(Objects::nonNull)
                .toList();
        for (UserModel user : administrators) {
            boolean existingAccount = selected.contains(user.getId());
            session.getProvider(OrganizationProvider.class).addMember(organization, user);
            if (user.getId().equals(registration.getOrgAdminUserId())) {
                groups.join(user, organization, MagRole.ORGANIZATION_ADMINISTRATOR);
            }
            if (appAdmins.contains(user.getId())) {
                // The operator's approval is also their access: otherwise nobody of a new
                // organization could reach the application (nobody decides their own request).
                applications.forEach(client -> {
                    groups.join(user, organization, MagRole.APPLICATION_ADMINISTRATOR, client);
                    groups.join(user, organization, MagRole.APPLICATION_USER, client);
                });
            }
            if (!existingAccount) {
                // A selected account keeps its state and password; a created one starts now.
                user.setEnabled(true);
                user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
                user.addRequiredAction(FirstTimeLoginActionFactory.PROVIDER_ID);
            }
        }
        event(registration, MagEvents.REGISTRATION_APPROVED, operatorId);
        String name = organization.getName();
        // Links are signed now (they need the request's URI); each is bound to its user and address.
        int validity = new RegistrationConfig(realm).approvalLinkValiditySeconds();
        Map<String, String> links = new LinkedHashMap<>();
        administrators.forEach(user -> links.put(user.getId(), FirstTimeLoginLinks.link(session, realm, user, validity)));
        // In this transaction, through the outbox: committed with the approval, sent after the commit,
        // and by another node if this one dies before sending.
        RegistrationMails mails = new RegistrationMails(session, realm);
        administrators.forEach(user -> mails.approved(user, name, links.get(user.getId()), selected.contains(user.getId()),
                validity / (24 * 3600), registration.getId()));
        LOG.debugf("Registration %s approved by %s", registration.getId(), operatorId);
    }

    public void reject(OrgRegistrationEntity registration, String operatorId, String reason) {
        decide(registration, RegistrationStatus.REJECTED, operatorId, reason);
        registration.setActiveNameKey(null);
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(registration.getOrganizationId());
        String name = organization == null ? registration.getOrgName() : organization.getName();
        List<String> selected = Designations.selectedUsers(organization);
        for (String id : ids(registration.getAdminUserIds())) {
            if (selected.contains(id)) {
                continue; // an existing account the registrant selected is not theirs to remove
            }
            UserModel user = session.users().getUserById(realm, id);
            if (user != null) {
                session.users().removeUser(realm, user);
            }
        }
        if (organization != null) {
            session.getProvider(OrganizationProvider.class).remove(organization);
        }
        event(registration, MagEvents.REGISTRATION_REJECTED, operatorId);
        String email = registration.getContactEmail();
        String locale = registration.getLocale();
        new RegistrationMails(session, realm).rejected(email, locale, name, reason, registration.getId());
        LOG.debugf("Registration %s rejected by %s", registration.getId(), operatorId);
    }

    private void decide(OrgRegistrationEntity registration, RegistrationStatus status, String operatorId, String reason) {
        if (!RegistrationStatus.PENDING.name().equals(registration.getStatus())) {
            throw new AlreadyDecided(registration.getId());
        }
        registration.setStatus(status.name());
        registration.setDecidedAt(Time.currentTimeMillis());
        registration.setDecidedBy(operatorId);
        registration.setReason(reason);
        // The version check happens here: a concurrent decision fails now, before anything else changes.
        new Registrations(session).flush();
        // The request leaves the operator's queue (the admin console's mirror), in this transaction.
        OperatorQueueChanged.publish(session, realm);
    }

    private void event(OrgRegistrationEntity registration, String operation, String operatorId) {
        EventBuilder event = new EventBuilder(realm, session, session.getContext().getConnection())
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(registration.getOrgAdminUserId())
                .detail(Details.CUSTOM_REQUIRED_ACTION, "mag-registration")
                .detail(MagEvents.OPERATION, operation)
                .detail(MagEvents.REGISTRATION_ID, registration.getId())
                .detail(MagEvents.ORGANIZATION_ID, registration.getOrganizationId())
                .detail("operator_id", operatorId == null ? "" : operatorId);
        if (registration.getInvitationId() != null) {
            event.detail(MagEvents.INVITATION_ID, registration.getInvitationId());
        }
        event.success();
    }

    /** The enabled clients named by the organization's {@value OrganizationAttributes#SHARED_APPLICATIONS}, in order. */
    private List<ClientModel> sharedApplications(OrganizationModel organization) {
        return organization.getAttributes().getOrDefault(OrganizationAttributes.SHARED_APPLICATIONS, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split("[,\\s]+")))
                .filter(id -> !id.isBlank())
                .distinct()
                .map(realm::getClientByClientId)
                .filter(client -> client != null && client.isEnabled())
                .toList();
    }

    private static List<String> ids(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** The admin event of a decision (ORGANIZATION), the same from admin REST and from the admin console's queue. */
    public static QueueDecided adminEvent(OrgRegistrationEntity registration, boolean approved, String reason) {
        Map<String, String> representation = new LinkedHashMap<>();
        representation.put("registrationId", registration.getId());
        representation.put("organizationId", registration.getOrganizationId());
        representation.put("decision", approved ? "approved" : "rejected");
        if (reason != null) {
            representation.put("reason", reason);
        }
        return new QueueDecided(ResourceType.ORGANIZATION,
                RegistrationsAdminResourceProviderFactory.PROVIDER_ID + "/" + registration.getId() + (approved ? "/approve" : "/reject"),
                representation);
    }
}
