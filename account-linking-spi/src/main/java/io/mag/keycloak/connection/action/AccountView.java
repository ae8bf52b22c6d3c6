package io.mag.keycloak.connection.action;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * An account as the Connect Accounts page shows it (FreeMarker reads the getters; the template
 * escapes every value).
 */
public final class AccountView {

    private final String id;
    private final String username;
    private final String organization;
    private final String refusal;

    private AccountView(String id, String username, String organization, String refusal) {
        this.id = id;
        this.username = username;
        this.organization = organization;
        this.refusal = refusal;
    }

    static AccountView of(KeycloakSession session, UserModel user, String refusal) {
        return new AccountView(user.getId(), user.getUsername(), organizationOf(session, user), refusal);
    }

    private static String organizationOf(KeycloakSession session, UserModel user) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations == null || !organizations.isEnabled()) {
            return null;
        }
        return organizations.getByMember(user).findFirst().map(OrganizationModel::getName).orElse(null);
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    /** Name of the account's organization, or null. */
    public String getOrganization() {
        return organization;
    }

    /** Message key of the rule that keeps this account out, or null when it can be connected. */
    public String getRefusal() {
        return refusal;
    }
}
