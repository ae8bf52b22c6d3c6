package io.mag.keycloak.access.enforcement;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * Required action {@value #PROVIDER_ID}: stops a sign-in to a partner application the user may
 * not reach, in any flow and protocol. Enable it (the realm file does, right after the connected
 * child's refusal); it is never assigned to users and not application-initiated.
 */
public final class ApplicationAccessRefusalFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-application-access-refusal";

    public ApplicationAccessRefusalFactory() {
        super(PROVIDER_ID, "Refuse Sign-in to Partner Applications without Access", new ApplicationAccessRefusal());
    }
}
