package io.mag.keycloak.orgadmin.page;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * "My Organization": an Organization Administrator manages the organization's users (create,
 * invite, disable, re-enable, remove, resend First Time Login instructions, roles); a Steward sees
 * them. Started as an application-initiated action ({@code kc_action=mag-my-organization}) from
 * the account console (My Organization).
 */
public final class MyOrganizationActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-my-organization";

    public MyOrganizationActionFactory() {
        super(PROVIDER_ID, "My Organization", new MyOrganizationAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
