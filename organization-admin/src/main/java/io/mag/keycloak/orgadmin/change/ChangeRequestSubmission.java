package io.mag.keycloak.orgadmin.change;

import java.util.List;
import java.util.Map;

import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * Who may ask for which change, shared by the REST API and the Change Requests page: company name
 * and address, an Organization Administrator or Steward of the organization; a new Organization
 * Administrator, an Organization Administrator; email and legal name, the member themselves or an
 * Organization Administrator for a member. Bad input is an {@link ChangeRequestPayload.Invalid}
 * (and an error event), a missing role an {@link OrganizationForbidden} (and its event); nothing
 * is filed then.
 */
public final class ChangeRequestSubmission {

    /** What the requester asked for: the kind's code, the organization (null: the requester's only one), the user concerned (null: the requester), the values. */
    public record Filing(String kind, String organizationId, String userId, Map<String, String> values) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrganizationRoles roles;

    public ChangeRequestSubmission(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.roles = new OrganizationRoles(session, realm);
    }

    /**
     * Files the request (or answers the one already pending for the same subject and kind).
     *
     * @param event a user event builder with the client and connection, for refusals
     */
    public ChangeRequestFiling.Filed submit(UserModel requester, Filing filing, EventBuilder event) {
        ChangeRequestKind kind = filing == null ? null : ChangeRequestKind.ofCode(filing.kind()).orElse(null);
        if (kind == null) {
            throw invalid(requester, null, null, "magChangeUnknownKind", "kind");
        }
        OrganizationModel organization = organization(requester, filing.organizationId());
        if (organization == null) {
            throw invalid(requester, kind, null, "magChangeOrganizationRequired", "organizationId");
        }
        Map<String, String> values;
        try {
            values = ChangeRequestPayload.validate(kind, filing.values() == null ? Map.of() : filing.values());
        } catch (ChangeRequestPayload.Invalid e) {
            throw invalid(requester, kind, organization, e.messageKey(), e.field());
        }
        UserModel subject = authorize(requester, kind, organization, filing.userId(), values, event);
        if (subject == null && (kind.aboutUser() || kind == ChangeRequestKind.ORGANIZATION_ADMINISTRATOR)) {
            throw invalid(requester, kind, organization, "magChangeNotAMember", "userId");
        }
        return new ChangeRequestFiling(session, realm).file(requester, organization, kind, subject, values);
    }

    /** The organizations whose changes {@code user} may see and ask for, as members. */
    public List<OrganizationModel> organizationsOf(UserModel user) {
        return roles.organizationsOf(user);
    }

    /**
     * The user the change is about, once the requester may request it; null when that user is not
     * a member of the organization.
     */
    private UserModel authorize(UserModel requester, ChangeRequestKind kind, OrganizationModel organization, String userId,
                                Map<String, String> values, EventBuilder event) {
        EventBuilder refusal = event.clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, ChangeRequestEvents.ACTION)
                .detail(MagEvents.OPERATION, MagEvents.CHANGE_REQUESTED)
                .detail(ChangeRequestEvents.KIND, kind.code());
        switch (kind) {
            case COMPANY_NAME, COMPANY_ADDRESS -> {
                if (!roles.holds(requester, organization, MagRole.ORGANIZATION_STEWARD)) {
                    roles.require(requester, organization, MagRole.ORGANIZATION_ADMINISTRATOR, refusal);
                }
                return null;
            }
            case ORGANIZATION_ADMINISTRATOR -> {
                roles.require(requester, organization, MagRole.ORGANIZATION_ADMINISTRATOR, refusal);
                return member(organization, values.get("userId"));
            }
            default -> {
                String subjectId = userId == null || userId.isBlank() ? requester.getId() : userId;
                if (subjectId.equals(requester.getId())) {
                    roles.require(requester, organization, MagRole.USER, refusal);
                } else {
                    roles.require(requester, organization, MagRole.ORGANIZATION_ADMINISTRATOR, refusal);
                }
                return member(organization, subjectId);
            }
        }
    }

    private UserModel member(OrganizationModel organization, String userId) {
        UserModel user = userId == null ? null : session.users().getUserById(realm, userId);
        return user != null && session.getProvider(OrganizationProvider.class).isMember(organization, user) ? user : null;
    }

    private OrganizationModel organization(UserModel requester, String id) {
        if (id != null && !id.isBlank()) {
            return roles.organization(id);
        }
        List<OrganizationModel> mine = roles.organizationsOf(requester);
        return mine.size() == 1 ? mine.get(0) : null;
    }

    private ChangeRequestPayload.Invalid invalid(UserModel requester, ChangeRequestKind kind, OrganizationModel organization,
                                                 String messageKey, String field) {
        ChangeRequestEvents.refused(session, realm, requester.getId(), MagEvents.CHANGE_REQUESTED, kind,
                organization == null ? null : organization.getId(), Errors.INVALID_INPUT, field);
        return new ChangeRequestPayload.Invalid(messageKey, field);
    }
}
