package io.mag.keycloak.login;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * Required action that stops a connected child's sign-in in any flow. Enable it (the realm file
 * does, at the first priority); it is never assigned by hand and not application-initiated.
 */
public final class ConnectedChildSignInRefusalFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-connected-child-sign-in-refusal";

    public ConnectedChildSignInRefusalFactory() {
        super(PROVIDER_ID, "Refuse Connected Child Sign-in", new ConnectedChildSignInRefusal());
    }
}
