package io.mag.keycloak.stepup;

import java.util.List;
import java.util.Set;

import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

import io.mag.keycloak.otp.SubscriptionCredentials;

/**
 * The OTP step of the gateway's step-up. Put it in the level-2 conditional subflow of the browser
 * flow (after "Condition - Level of Authentication" with level 2).
 */
public final class StepUpOtpFormFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "mag-otp-step-up-form";
    private static final Authenticator INSTANCE = new StepUpOtpForm();

    @Override
    public Authenticator create(KeycloakSession session) {
        return INSTANCE;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "MAG OTP Step-up Form";
    }

    @Override
    public String getHelpText() {
        return "Asks for a one-time password only. Only OTP credentials with an active subscription count; "
                + "users without one are told why and, if configured, offered the OTP setup.";
    }

    /** OTP: Keycloak uses this to map the credential to its level of authentication. */
    @Override
    public String getReferenceCategory() {
        return OTPCredentialModel.TYPE;
    }

    /**
     * The form also reads the subscription credentials. Keycloak leaves optional categories out of
     * the levels of authentication; the account console lists the credential types that an enabled
     * authenticator references, so this puts the subscriptions on its Signing in page.
     */
    @Override
    public Set<String> getOptionalReferenceCategories(KeycloakSession session) {
        return Set.of(SubscriptionCredentials.TYPE);
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return StepUpOtpConfigProperties.ALL;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return new Requirement[] {Requirement.REQUIRED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
