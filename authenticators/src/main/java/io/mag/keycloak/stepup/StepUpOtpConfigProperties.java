package io.mag.keycloak.stepup;

import java.util.List;

import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** What the admin console offers to configure on a {@code mag-otp-step-up-form} execution. */
final class StepUpOtpConfigProperties {

    static final List<ProviderConfigProperty> ALL = ProviderConfigurationBuilder.create()
            .property()
            .name(StepUpOtpConfig.WITHOUT_OTP)
            .label("Without an OTP credential")
            .helpText("When a user without any OTP credential opens an application that requires OTP: "
                    + "'offer-setup' explains the requirement and offers Keycloak's OTP setup; "
                    + "'deny' explains it and stops.")
            .type(ProviderConfigProperty.LIST_TYPE)
            .options(StepUpOtpConfig.OFFER_SETUP, StepUpOtpConfig.DENY)
            .defaultValue(StepUpOtpConfig.OFFER_SETUP)
            .add()
            .build();

    private StepUpOtpConfigProperties() {
    }
}
