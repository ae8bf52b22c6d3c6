package io.mag.keycloak.common.roles;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seed's roles, each held for one organization (and the two application roles for one
 * application of it). A role other than {@link #USER} is stored as membership of the
 * organization's realm group named {@link #groupName()}, whose attribute {@code mag.role} is
 * {@link #value()}: code matches the attribute, the name is for people. {@link #USER} is
 * Keycloak's organization membership itself and has no group. The operator is no role of an
 * organization (an admin of the realm) and is not listed here.
 */
public enum MagRole {

    USER(null, "user", Scope.ORGANIZATION),
    ORGANIZATION_ADMINISTRATOR("organization-administrators", "organization-administrator", Scope.ORGANIZATION),
    ORGANIZATION_STEWARD("organization-stewards", "organization-steward", Scope.ORGANIZATION),
    FIS_ADMINISTRATOR("fis-administrators", "fis-administrator", Scope.ORGANIZATION),
    ADOPTION_ADMINISTRATOR("adoption-administrators", "adoption-administrator", Scope.PARTNER),
    SERVICE_PROVIDER_ADMINISTRATOR("service-provider-administrators", "service-provider-administrator", Scope.PARTNER),
    APPLICATION_ADMINISTRATOR("administrators", "application-administrator", Scope.APPLICATION),
    APPLICATION_USER("users", "application-user", Scope.APPLICATION);

    /** Where a role is held: any organization, a partner organization only, or one application of an organization. */
    public enum Scope {
        ORGANIZATION, PARTNER, APPLICATION
    }

    private final String groupName;
    private final String value;
    private final Scope scope;

    MagRole(String groupName, String value, Scope scope) {
        this.groupName = groupName;
        this.value = value;
        this.scope = scope;
    }

    /** The name of the role's group under the organization's (or application's) group; null for {@link #USER}. */
    public String groupName() {
        return groupName;
    }

    /** The group attribute {@code mag.role} that identifies the role, and the value of event detail {@code mag_role}. */
    public String value() {
        return value;
    }

    public Scope scope() {
        return scope;
    }

    /** Held per application (its group sits under {@code applications/<clientId>}). */
    public boolean perApplication() {
        return scope == Scope.APPLICATION;
    }

    /** Held only in partner organizations ({@code mag.organization.type=partner}). */
    public boolean partnerOnly() {
        return scope == Scope.PARTNER;
    }

    /** Stored as a group (every role but {@link #USER}). */
    public boolean hasGroup() {
        return groupName != null;
    }

    /** The role whose {@code mag.role} value this is; empty for a structural group's value or anything else. */
    public static Optional<MagRole> ofValue(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst();
    }
}
