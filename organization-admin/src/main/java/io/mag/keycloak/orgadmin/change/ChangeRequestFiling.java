package io.mag.keycloak.orgadmin.change;

import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.queue.OperatorQueueChanged;
import io.mag.keycloak.orgadmin.change.jpa.ChangeRequestEntity;

/**
 * Files a change request, in the caller's transaction; the caller has checked that the requester
 * may request it (their organization, their role, their own account). A second submit of the same
 * change while one is pending answers the pending request: one request per subject and kind.
 */
public final class ChangeRequestFiling {

    /** What filing did: the request, and whether it is new (false: the one already pending). */
    public record Filed(ChangeRequestEntity request, boolean created) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public ChangeRequestFiling(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * @param subject the user the change is about (email, legal name, new Organization
     *                Administrator); null for a change of the organization
     * @param values  the checked payload ({@link ChangeRequestPayload#validate})
     */
    public Filed file(UserModel requester, OrganizationModel organization, ChangeRequestKind kind, UserModel subject,
                      Map<String, String> values) {
        String openKey = ChangeRequests.openKey(subject != null ? subject.getId() : organization.getId(), kind);
        ChangeRequests requests = new ChangeRequests(session);
        var pending = requests.pending(realm, openKey);
        if (pending.isPresent()) {
            return new Filed(pending.get(), false);
        }
        ChangeRequestEntity request = new ChangeRequestEntity();
        request.setId(KeycloakModelUtils.generateId());
        request.setRealmId(realm.getId());
        request.setOrganizationId(organization.getId());
        request.setRequesterId(requester.getId());
        request.setSubjectUserId(subject == null ? null : subject.getId());
        request.setKind(kind.name());
        request.setPayload(ChangeRequestPayload.toJson(values));
        request.setStatus(ChangeRequestStatus.PENDING.name());
        request.setCreatedAt(Time.currentTimeMillis());
        request.setOpenKey(openKey);
        requests.add(request);
        ChangeRequestEvents.success(session, realm, request, MagEvents.CHANGE_REQUESTED, requester.getId());
        OperatorQueueChanged.publish(session, realm);
        return new Filed(request, true);
    }
}
