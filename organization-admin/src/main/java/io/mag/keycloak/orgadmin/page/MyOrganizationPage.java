package io.mag.keycloak.orgadmin.page;

import java.util.List;
import java.util.Map;

import io.mag.keycloak.orgadmin.users.OrganizationUser;
import io.mag.keycloak.orgadmin.users.PersonInvitation;

/**
 * What mag-my-organization.ftl gets as {@code magOrg}: the organization, whether the viewer
 * administers it (a Steward only sees), its users and pending invitations, the roles the viewer
 * may grant, what was typed into the forms, and the form nonce. Getters for FreeMarker.
 */
public final class MyOrganizationPage {

    private final boolean allowed;
    private final boolean administrator;
    private final String organizationName;
    private final String organizationId;
    private final String formNonce;
    private final List<OrganizationUser> users;
    private final List<PersonInvitation> invitations;
    private final List<String> grantableRoles;
    private final String search;
    private final Map<String, String> typed;

    MyOrganizationPage(boolean allowed, boolean administrator, String organizationName, String organizationId, String formNonce,
                       List<OrganizationUser> users, List<PersonInvitation> invitations, List<String> grantableRoles, String search,
                       Map<String, String> typed) {
        this.allowed = allowed;
        this.administrator = administrator;
        this.organizationName = organizationName;
        this.organizationId = organizationId;
        this.formNonce = formNonce;
        this.users = users;
        this.invitations = invitations;
        this.grantableRoles = grantableRoles;
        this.search = search;
        this.typed = typed;
    }

    static MyOrganizationPage refused() {
        return new MyOrganizationPage(false, false, null, null, null, List.of(), List.of(), List.of(), "", Map.of());
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getFormNonce() {
        return formNonce;
    }

    public List<OrganizationUser> getUsers() {
        return users;
    }

    public List<PersonInvitation> getInvitations() {
        return invitations;
    }

    public List<String> getGrantableRoles() {
        return grantableRoles;
    }

    public String getSearch() {
        return search;
    }

    /** A value typed into the create or invite form, shown again after a refusal ("" if none). */
    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    public Map<String, String> getTyped() {
        return typed;
    }
}
