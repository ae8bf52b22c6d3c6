package io.mag.keycloak.onboarding.approval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.PersistenceException;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.queue.OperatorQueueSource;
import io.mag.keycloak.common.queue.QueueDecided;
import io.mag.keycloak.common.queue.QueueDecision;
import io.mag.keycloak.common.queue.QueueDecisionRefused;
import io.mag.keycloak.common.queue.QueueItem;
import io.mag.keycloak.onboarding.registration.RegistrationStatus;
import io.mag.keycloak.onboarding.registration.Registrations;
import io.mag.keycloak.onboarding.registration.jpa.OrgRegistrationEntity;

/**
 * Pending organization registrations in the operator's queue, decided through the same
 * {@link RegistrationDecisions} as the admin REST {@code mag-registrations}.
 */
final class RegistrationQueueSource implements OperatorQueueSource {

    /** A registration whose designated administrators could not all be resolved cannot be approved. */
    static final String UNRESOLVED_DESIGNATIONS = "magQueueUnresolvedDesignations";

    private final KeycloakSession session;

    RegistrationQueueSource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public List<QueueItem> pending(RealmModel realm, int max) {
        return new Registrations(session).list(realm, RegistrationStatus.PENDING, 0, max).stream()
                .map(r -> item(realm, r))
                .toList();
    }

    @Override
    public QueueDecided decide(RealmModel realm, String requestId, QueueDecision decision, String reason, UserModel operator) {
        OrgRegistrationEntity registration = new Registrations(session).find(realm, requestId)
                .filter(r -> RegistrationStatus.PENDING.name().equals(r.getStatus()))
                .orElseThrow(() -> new QueueDecisionRefused(QueueDecisionRefused.NOT_PENDING));
        RegistrationDecisions decisions = new RegistrationDecisions(session, realm);
        try {
            if (decision == QueueDecision.APPROVE) {
                decisions.approve(registration, operator.getId());
                return RegistrationDecisions.adminEvent(registration, true, null);
            }
            decisions.reject(registration, operator.getId(), reason);
            return RegistrationDecisions.adminEvent(registration, false, reason);
        } catch (RegistrationDecisions.UnresolvedDesignations e) {
            throw new QueueDecisionRefused(UNRESOLVED_DESIGNATIONS);
        } catch (RegistrationDecisions.AlreadyDecided | PersistenceException | ModelException e) {
            throw new QueueDecisionRefused(QueueDecisionRefused.NOT_PENDING);
        }
    }

    private QueueItem item(RealmModel realm, OrgRegistrationEntity r) {
        OrganizationModel organization = r.getOrganizationId() == null ? null
                : session.getProvider(OrganizationProvider.class).getById(r.getOrganizationId());
        String name = organization == null ? r.getOrgName() : organization.getName();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("contactEmail", r.getContactEmail());
        if (organization != null) {
            organization.getAttributes().forEach((key, values) -> {
                if (key.startsWith(OrganizationAttributes.PROFILE_PREFIX) && values != null && !values.isEmpty()) {
                    details.put(key.substring(OrganizationAttributes.PROFILE_PREFIX.length()), String.join(", ", values));
                }
            });
        }
        details.put("organizationAdministrator", username(realm, r.getOrgAdminUserId()));
        details.put("administrators", String.join(", ", usernames(realm, r.getAdminUserIds())));
        details.put("applicationAdministrators", String.join(", ", usernames(realm, r.getAppAdminUserIds())));
        if (r.getInvitationId() != null) {
            details.put("invitationId", r.getInvitationId());
        }
        return new QueueItem(RegistrationQueueSourceFactory.PROVIDER_ID, r.getId(), "registration", name,
                username(realm, r.getOrgAdminUserId()), r.getSubmittedAt(), details);
    }

    private List<String> usernames(RealmModel realm, String ids) {
        return ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).map(id -> username(realm, id)).filter(Objects::nonNull).toList();
    }

    private String username(RealmModel realm, String id) {
        UserModel user = id == null ? null : session.users().getUserById(realm, id);
        return user == null ? id : user.getUsername();
    }
}
