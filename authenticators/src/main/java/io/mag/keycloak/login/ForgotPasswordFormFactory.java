package io.mag.keycloak.login;

import io.mag.keycloak.common.StatelessAuthenticatorFactory;

/**
 * Reset-credentials flow: the "Forgot password" page (User ID or email, several accounts per
 * email) and the "Forgot User ID?" page, in place of Keycloak's Choose User. Put the connected-child
 * guard, Send Reset Email and Reset Password after it, as in Keycloak's reset credentials flow.
 */
public final class ForgotPasswordFormFactory extends StatelessAuthenticatorFactory {

    public static final String PROVIDER_ID = "mag-forgot-password-form";

    public ForgotPasswordFormFactory() {
        super(PROVIDER_ID, "MAG Forgot Password or User ID",
                "Asks for a User ID or an email address shared by several accounts and sends a password reset to each "
                        + "account it names; its \"Forgot User ID?\" page emails the User IDs registered to an address. "
                        + "Neither page reveals whether an account exists.",
                new ForgotPasswordForm());
    }
}
