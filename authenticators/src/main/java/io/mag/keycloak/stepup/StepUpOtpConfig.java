package io.mag.keycloak.stepup;

import java.util.Map;

import org.keycloak.models.AuthenticatorConfigModel;

/** The options of a {@code mag-otp-step-up-form} execution, null-safe. */
final class StepUpOtpConfig {

    static final String WITHOUT_OTP = "without-otp";
    static final String OFFER_SETUP = "offer-setup";
    static final String DENY = "deny";

    private final Map<String, String> values;

    StepUpOtpConfig(AuthenticatorConfigModel model) {
        this.values = model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    WithoutActiveOtp withoutOtp() {
        return WithoutActiveOtp.parse(values.getOrDefault(WITHOUT_OTP, OFFER_SETUP));
    }
}
