package io.mag.keycloak.access.dashboard;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * "Dashboard": the user's applications with Launch, the applications they may request, their
 * pending requests and the My 2FA Credentials links. Started as an application-initiated action
 * ({@code kc_action=mag-dashboard}) from the account console (My Account > Dashboard).
 */
public final class DashboardActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-dashboard";

    public DashboardActionFactory() {
        super(PROVIDER_ID, "Dashboard", new DashboardAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
