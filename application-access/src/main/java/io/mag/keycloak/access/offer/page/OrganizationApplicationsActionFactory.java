package io.mag.keycloak.access.offer.page;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * "Partner Applications": an Organization Administrator answers partners' offers (accept,
 * choosing Application Administrators, or decline) and registers the organization for
 * applications open to public registration. Started as an application-initiated action
 * ({@code kc_action=mag-organization-applications}) from the account console (Organization Tools
 * > Partner Applications), which the offer email links to.
 */
public final class OrganizationApplicationsActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-organization-applications";

    public OrganizationApplicationsActionFactory() {
        super(PROVIDER_ID, "Partner Applications", new OrganizationApplicationsAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
