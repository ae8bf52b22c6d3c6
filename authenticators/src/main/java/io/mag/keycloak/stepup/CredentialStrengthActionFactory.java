package io.mag.keycloak.stepup;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/** "Credential strength" page, started from the account console ({@code kc_action=mag-credential-strength}). */
public final class CredentialStrengthActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-credential-strength";

    public CredentialStrengthActionFactory() {
        super(PROVIDER_ID, "Credential Strength", new CredentialStrengthAction());
    }
}
