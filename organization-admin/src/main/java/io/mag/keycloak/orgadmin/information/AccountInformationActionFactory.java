package io.mag.keycloak.orgadmin.information;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * "Account Information": the user's organization, Organization ID, User ID, roles, administrators
 * and the session's credential. Started as an application-initiated action
 * ({@code kc_action=mag-account-information}) from the account console (My Account).
 */
public final class AccountInformationActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-account-information";

    public AccountInformationActionFactory() {
        super(PROVIDER_ID, "Account Information", new AccountInformationAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
