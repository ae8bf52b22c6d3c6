package io.mag.keycloak.otp.license;

import java.util.Locale;
import java.util.Optional;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.otp.entitlement.RenewalEntitlementProvider;
import io.mag.keycloak.otp.entitlement.RenewalEntitlementProviderFactory;

/**
 * The default entitlement: a license key issued to this user by an operator, single use, for a
 * renewal or for a new credential's first year.
 */
public final class LicenseKeyEntitlementProviderFactory implements RenewalEntitlementProviderFactory {

    public static final String PROVIDER_ID = "license-key";

    @Override
    public RenewalEntitlementProvider create(KeycloakSession session) {
        LicenseKeys keys = new LicenseKeys(session.getProvider(JpaConnectionProvider.class).getEntityManager());
        return new RenewalEntitlementProvider() {
            @Override
            public Optional<String> redeem(RealmModel realm, UserModel user, CredentialModel otpCredential, String proof) {
                return reason(keys.redeem(realm, user.getId(), proof, otpCredential.getId()));
            }

            @Override
            public Optional<String> redeemForNewCredential(RealmModel realm, UserModel user, String proof) {
                return reason(keys.redeem(realm, user.getId(), proof, null));
            }

            @Override
            public Optional<String> check(RealmModel realm, UserModel user, String proof) {
                return reason(keys.check(realm, user.getId(), proof));
            }
        };
    }

    private static Optional<String> reason(Optional<LicenseKeys.Refusal> refusal) {
        return refusal.map(r -> r.name().toLowerCase(Locale.ROOT));
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
