package io.mag.keycloak.stepup;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.authentication.authenticators.util.AcrStore;

/**
 * "Credential strength": shows whether the user's current session was signed in with a
 * password or with a one-time password. Started from the account console (kc_action); the
 * browser flow has just re-used the session, and Keycloak recorded the session's level of
 * authentication in the authentication session while doing so.
 */
final class CredentialStrengthAction implements RequiredActionProvider {

    static final String TEMPLATE = "mag-credential-strength.ftl";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    /** Nothing to verify: reading the strength needs no re-authentication. */
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
        CredentialStrength strength = CredentialStrength.ofLevel(level);
        context.challenge(context.form()
                .setAttribute("magCredentialStrength", strength.claimValue())
                .createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        context.success();
    }

    @Override
    public void close() {
    }
}
