package io.mag.keycloak.otp.license;

import java.util.Locale;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

import io.mag.keycloak.otp.entitlement.RenewalEntitlementProvider;
import io.mag.keycloak.otp.entitlement.RenewalEntitlementProviderFactory;

/** The default renewal entitlement: a license key issued to this user by an operator, single use. */
public final class LicenseKeyEntitlementProviderFactory implements RenewalEntitlementProviderFactory {

    public static final String PROVIDER_ID = "license-key";

    @Override
    public RenewalEntitlementProvider create(KeycloakSession session) {
        LicenseKeys keys = new LicenseKeys(session.getProvider(JpaConnectionProvider.class).getEntityManager());
        return (realm, user, otpCredential, proof) -> keys.redeem(realm, user.getId(), proof, otpCredential.getId())
                .map(refusal -> refusal.name().toLowerCase(Locale.ROOT));
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

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** 0: a billing system's provider with a positive order() becomes the SPI's default once deployed. */
    @Override
    public int order() {
        return 0;
    }
}
