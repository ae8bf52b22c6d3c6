package io.mag.keycloak.connection.action;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * "Connect Accounts": the page where a signed-in user connects and disconnects child accounts.
 * Started as an application-initiated action ({@code kc_action=mag-connect-accounts}), e.g. from
 * the account console.
 */
public final class ConnectAccountsActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-connect-accounts";

    public ConnectAccountsActionFactory() {
        super(PROVIDER_ID, "Connect Accounts", new ConnectAccountsAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
