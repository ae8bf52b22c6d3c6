package io.mag.keycloak.orgadmin.information;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.authenticators.util.AcrStore;

/**
 * Shows Account Information (login theme page mag-account-information.ftl). The browser flow has
 * just re-used the session, and Keycloak recorded the session's level of authentication in the
 * authentication session while doing so: that is the credential of the current session.
 */
final class AccountInformationAction implements RequiredActionProvider {

    static final String TEMPLATE = "mag-account-information.ftl";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    /** Reading one's own information needs no re-authentication. */
    @Override
    public int getMaxAuthAge() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        int level = new AcrStore(context.getSession(), context.getAuthenticationSession()).getLevelOfAuthenticationFromCurrentAuthentication();
        AccountInformation information = new AccountInformationReader(context.getSession(), context.getRealm()).read(context.getUser(), level);
        context.challenge(context.form().setAttribute("magAccount", information).createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.success();
    }

    @Override
    public void close() {
    }
}
