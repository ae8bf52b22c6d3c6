package io.mag.keycloak.login;

import org.keycloak.models.credential.PasswordCredentialModel;

import io.mag.keycloak.common.StatelessAuthenticatorFactory;

/**
 * Browser flow: username-or-email and password on one page (in place of the two-page
 * mag-email-or-username-form + Password Form). Nothing follows it for the password.
 */
public final class SinglePageSignInFormFactory extends StatelessAuthenticatorFactory {

    public static final String PROVIDER_ID = "mag-single-page-sign-in-form";

    public SinglePageSignInFormFactory() {
        super(PROVIDER_ID, "MAG Username or Email and Password Form",
                "One page asking for a username or an email address shared by several accounts, and the password; "
                        + "resolves the one account allowed to sign in and refuses connected child accounts.",
                new SinglePageSignInForm());
    }

    /**
     * A password authenticator, like Keycloak's Username Password Form: Keycloak's brute-force
     * detector counts failures only of password, OTP and recovery-code steps (and of steps that
     * name no category).
     */
    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }
}
