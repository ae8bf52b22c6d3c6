package io.mag.keycloak.login;

import io.mag.keycloak.common.StatelessAuthenticatorFactory;

/** Reset-credentials and post-broker-login flows: refuse connected child accounts. */
public final class ConnectedChildGuardFactory extends StatelessAuthenticatorFactory {

    public static final String PROVIDER_ID = "mag-connected-child-guard";

    public ConnectedChildGuardFactory() {
        super(PROVIDER_ID, "MAG Connected Child Guard",
                "Ends the flow with a clear page when its user is a connected child account, which must sign in "
                        + "with its parent. Use it after Choose User in reset credentials and in the post broker login flow.",
                new ConnectedChildGuard());
    }
}
