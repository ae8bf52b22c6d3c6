package io.mag.keycloak.onboarding;

/**
 * The seed's roles as realm roles (declared with descriptions in the realm file). A role takes
 * effect within the holder's own organization: code that acts for a role also checks the
 * organization the user is a member of.
 */
public final class MagRoles {

    public static final String ORGANIZATION_ADMINISTRATOR = "mag-organization-administrator";
    public static final String APPLICATION_ADMINISTRATOR = "mag-application-administrator";
    public static final String FIS_ADMINISTRATOR = "mag-fis-administrator";
    public static final String ADOPTION_ADMINISTRATOR = "mag-adoption-administrator";
    public static final String ORGANIZATION_STEWARD = "mag-organization-steward";
    public static final String SERVICE_PROVIDER_ADMINISTRATOR = "mag-service-provider-administrator";
    public static final String USER = "mag-user";

    private MagRoles() {
    }
}
