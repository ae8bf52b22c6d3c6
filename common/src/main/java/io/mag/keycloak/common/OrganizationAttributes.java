package io.mag.keycloak.common;

/**
 * Attribute names the gateway keeps on Keycloak's native organizations (and on clients, for the
 * partner applications). They show in the admin console on the organization's Attributes tab.
 */
public final class OrganizationAttributes {

    /** {@code partner} for a buying company that shares applications; {@code supplier} for an onboarded one. */
    public static final String TYPE = "mag.organization.type";
    public static final String TYPE_PARTNER = "partner";
    public static final String TYPE_SUPPLIER = "supplier";

    /** Client ids of the partner applications shared with a supplier organization. */
    public static final String SHARED_APPLICATIONS = "mag.shared-applications";

    /** Prefix of the registered organization's profile fields ({@code mag.profile.legalName}, ...). */
    public static final String PROFILE_PREFIX = "mag.profile.";
    /** Where a registered organization stands: {@code pending} until the operator approves it, then {@code approved}. */
    public static final String REGISTRATION_STATUS = "mag.registration.status";
    /** The id of the organization's registration request. */
    public static final String REGISTRATION_ID = "mag.registration.id";

    /** Client attribute: alias of the partner organization that owns the application. */
    public static final String CLIENT_OWNING_PARTNER = "mag.owning-partner";
    /** Client attribute: {@code true} when organizations may register for it without an invitation. */
    public static final String CLIENT_PUBLIC_REGISTRATION = "mag.public-registration";

    /**
     * Client attribute: the client role of the application that grants access to it; the
     * organization's {@code applications/<clientId>/users} group carries it, so tokens and SAML
     * assertions name it.
     */
    public static final String CLIENT_ACCESS_ROLE = "mag.access-role";

    private OrganizationAttributes() {
    }
}
