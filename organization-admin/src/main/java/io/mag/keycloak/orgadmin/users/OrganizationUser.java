package io.mag.keycloak.orgadmin.users;

import java.util.List;

import org.keycloak.models.UserModel;

import io.mag.keycloak.common.firstlogin.FirstTimeLoginLinks;

/**
 * A user of the organization as its administrators see them (REST's JSON, the page's rows).
 * {@code firstLoginPending}: First Time Login not completed yet (instructions may be resent);
 * {@code roles}: the {@code mag.role} values the user holds in this organization.
 */
public record OrganizationUser(String id, String username, String firstName, String lastName, String email,
                               boolean enabled, boolean emailVerified, boolean firstLoginPending, List<String> roles) {

    static OrganizationUser of(UserModel user, List<String> roles) {
        return new OrganizationUser(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                user.isEnabled(), user.isEmailVerified(), firstLoginPending(user), roles);
    }

    static boolean firstLoginPending(UserModel user) {
        return user.getRequiredActionsStream().anyMatch(FirstTimeLoginLinks.REQUIRED_ACTION::equals);
    }

    /** The display name; templates call the record's accessors, e.g. {@code user.username()}. */
    public String getName() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        return (first + " " + last).strip();
    }
}
