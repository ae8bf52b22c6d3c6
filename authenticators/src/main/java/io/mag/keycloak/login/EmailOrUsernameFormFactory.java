package io.mag.keycloak.login;

import io.mag.keycloak.common.StatelessAuthenticatorFactory;

/** Browser flow: the "Username or email" page. Put Keycloak's Password Form after it. */
public final class EmailOrUsernameFormFactory extends StatelessAuthenticatorFactory {

    public static final String PROVIDER_ID = "mag-email-or-username-form";

    public EmailOrUsernameFormFactory() {
        super(PROVIDER_ID, "MAG Username or Email Form",
                "Asks for a username or an email address shared by several accounts, resolves the one account "
                        + "allowed to sign in, and refuses connected child accounts. Follow it with the Password Form.",
                new EmailOrUsernameForm());
    }
}
