package io.mag.keycloak.onboarding.registration;

import java.util.List;
import java.util.Map;

import org.keycloak.models.OrganizationModel;

/**
 * What a pending organization records about its administrators' designations, as organization
 * attributes (the operator sees them in the admin console's organization attributes and in the
 * registrations REST API):
 * <ul>
 *   <li>{@value #SELECTED_USERS}: ids of existing accounts the registrant selected. Approval adds
 *       them to the organization and grants the roles, but leaves their password and state alone;
 *       rejection never removes them.</li>
 *   <li>{@value #UNRESOLVED}: designations the submission could not carry out, as
 *       {@code user-id-taken:<User ID>} (a new person whose User ID exists) or
 *       {@code no-matching-account:<User ID>} (a selection that matches no enabled account with
 *       that email). The public wizard never says so: it would tell anyone which accounts exist.
 *       Approval is refused while any remain; the operator rejects with a reason instead.</li>
 * </ul>
 */
public final class Designations {

    public static final String SELECTED_USERS = "mag.registration.selected-users";
    public static final String UNRESOLVED = "mag.registration.unresolved";
    public static final String USER_ID_TAKEN = "user-id-taken:";
    public static final String NO_MATCHING_ACCOUNT = "no-matching-account:";
    /** Event detail: how many designations are unresolved. */
    public static final String UNRESOLVED_DETAIL = "unresolved_designations";

    private Designations() {
    }

    public static List<String> selectedUsers(OrganizationModel organization) {
        return values(organization, SELECTED_USERS);
    }

    public static List<String> unresolved(OrganizationModel organization) {
        return values(organization, UNRESOLVED);
    }

    private static List<String> values(OrganizationModel organization, String key) {
        if (organization == null) {
            return List.of();
        }
        Map<String, List<String>> attributes = organization.getAttributes();
        List<String> values = attributes == null ? null : attributes.get(key);
        return values == null ? List.of() : List.copyOf(values);
    }
}
