package io.mag.keycloak.onboarding.registration;

/**
 * The description a registered organization carries in the admin console, true to its state:
 * how it registered, and whether the operator has approved it yet. Operator-facing data stored on
 * the organization (the admin console shows it as is), hence one wording, not a message bundle.
 */
public final class RegistrationDescriptions {

    private RegistrationDescriptions() {
    }

    public static String pending(boolean invited) {
        return how(invited) + "; pending operator approval";
    }

    public static String approved(boolean invited) {
        return how(invited) + "; approved by the operator";
    }

    private static String how(boolean invited) {
        return invited ? "Registered by invitation" : "Registered publicly";
    }
}
