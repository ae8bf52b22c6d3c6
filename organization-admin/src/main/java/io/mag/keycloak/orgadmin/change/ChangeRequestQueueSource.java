package io.mag.keycloak.orgadmin.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.PersistenceException;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.queue.OperatorQueueSource;
import io.mag.keycloak.common.queue.QueueDecided;
import io.mag.keycloak.common.queue.QueueDecision;
import io.mag.keycloak.common.queue.QueueDecisionRefused;
import io.mag.keycloak.common.queue.QueueItem;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/** Pending change requests in the operator's queue, decided through {@link ChangeRequestDecisions} as the admin REST does. */
final class ChangeRequestQueueSource implements OperatorQueueSource {

    private final KeycloakSession session;

    ChangeRequestQueueSource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public List<QueueItem> pending(RealmModel realm, int max) {
        return new ChangeRequests(session).list(realm, ChangeRequestStatus.PENDING, 0, max).stream()
                .map(r -> item(realm, r))
                .toList();
    }

    @Override
    public QueueDecided decide(RealmModel realm, String requestId, QueueDecision decision, String reason, UserModel operator) {
        ChangeRequestEntity request = new ChangeRequests(session).find(realm, requestId)
                .orElseThrow(() -> new QueueDecisionRefused(QueueDecisionRefused.NOT_PENDING));
        ChangeRequestDecisions decisions = new ChangeRequestDecisions(session, realm);
        try {
            if (decision == QueueDecision.APPROVE) {
                decisions.approve(request, operator);
                return ChangeRequestDecisions.adminEvent(request, true, null);
            }
            decisions.reject(request, operator, reason);
            return ChangeRequestDecisions.adminEvent(request, false, reason);
        } catch (ChangeRequestDecisions.Refused e) {
            throw new QueueDecisionRefused(e.messageKey());
        } catch (PersistenceException | ModelException e) {
            throw new QueueDecisionRefused(QueueDecisionRefused.NOT_PENDING);
        }
    }

    private QueueItem item(RealmModel realm, ChangeRequestEntity r) {
        OrganizationModel organization = session.getProvider(OrganizationProvider.class).getById(r.getOrganizationId());
        String organizationName = organization == null ? r.getOrganizationId() : organization.getName();
        Map<String, String> details = new LinkedHashMap<>(ChangeRequestPayload.fromJson(r.getPayload()));
        details.put("requestedBy", username(realm, r.getRequesterId()));
        String subject = r.getSubjectUserId() == null ? organizationName : username(realm, r.getSubjectUserId());
        return new QueueItem(ChangeRequestQueueSourceFactory.PROVIDER_ID, r.getId(), ChangeRequestKind.valueOf(r.getKind()).code(),
                organizationName, subject, r.getCreatedAt(), details);
    }

    private String username(RealmModel realm, String id) {
        UserModel user = id == null ? null : session.users().getUserById(realm, id);
        return user == null ? id : user.getUsername();
    }
}
