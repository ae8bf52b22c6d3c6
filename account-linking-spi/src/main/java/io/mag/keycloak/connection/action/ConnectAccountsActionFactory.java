package io.mag.keycloak.connection.action;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * "Connect Accounts": the page where a signed-in user connects and disconnects child accounts.
 * Started as an application-initiated action ({@code kc_action=mag-connect-accounts}), e.g. from
 * the account console.
 */
public final class ConnectAccountsActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "mag-connect-accounts";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new ConnectAccountsAction();
    }

    @Override
    public String getDisplayText() {
        return "Connect Accounts";
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
