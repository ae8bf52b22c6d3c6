package io.mag.keycloak.login;

import io.mag.keycloak.common.StatelessAuthenticatorFactory;

/** Direct grant flow: username-or-email step. Put Keycloak's direct-grant Password step after it. */
public final class DirectGrantEmailOrUsernameFactory extends StatelessAuthenticatorFactory {

    public static final String PROVIDER_ID = "mag-direct-grant-email-or-username";

    public DirectGrantEmailOrUsernameFactory() {
        super(PROVIDER_ID, "MAG Direct Grant Username or Email",
                "Resolves a username or a shared email address to the one account allowed to sign in and refuses "
                        + "connected child accounts. Follow it with the direct-grant Password step.",
                new DirectGrantEmailOrUsername());
    }
}
