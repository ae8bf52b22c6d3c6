package io.mag.keycloak.it.support;

import org.keycloak.testframework.oauth.DefaultOAuthClientConfiguration;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.ClientConfig;

/** An application that requires OTP, configured the way an admin does it: Minimum ACR value 2. */
public final class OtpRequiredApplication implements ClientConfig {

    /** The application's display name, which the step-up's OTP page names. */
    public static final String NAME = "Northwind Supplier Portal";

    @Override
    public ClientBuilder configure(ClientBuilder client) {
        return new DefaultOAuthClientConfiguration().configure(client).name(NAME).attribute("minimum.acr.value", "2");
    }
}
