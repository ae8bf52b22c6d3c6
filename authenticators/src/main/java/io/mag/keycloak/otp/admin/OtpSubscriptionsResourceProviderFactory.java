package io.mag.keycloak.otp.admin;

import io.mag.keycloak.common.AdminResourceFactory;

/** Admin REST for OTP subscriptions and license keys: {@code /admin/realms/{realm}/mag-otp-subscriptions}. */
public final class OtpSubscriptionsResourceProviderFactory extends AdminResourceFactory {

    public static final String PROVIDER_ID = "mag-otp-subscriptions";

    public OtpSubscriptionsResourceProviderFactory() {
        super(PROVIDER_ID, OtpSubscriptionsResource::new);
    }
}
