package io.mag.keycloak.orgadmin.page;

import io.mag.keycloak.common.StatelessRequiredActionFactory;
import io.mag.keycloak.common.firstlogin.FirstTimeLoginLinks;

/**
 * "Change Requests": a user asks for a new email address or legal name, an Organization
 * Administrator also for a new Organization Administrator, company name or address, and sees and
 * withdraws their requests. Started as an application-initiated action
 * ({@code kc_action=mag-change-requests}) from the account console (My Account), or from First
 * Time Login (added to the user and run before it) by a user whose email address is wrong.
 */
public final class ChangeRequestsActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = FirstTimeLoginLinks.CHANGE_REQUESTS_ACTION;

    public ChangeRequestsActionFactory() {
        super(PROVIDER_ID, "Change Requests", new ChangeRequestsAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
