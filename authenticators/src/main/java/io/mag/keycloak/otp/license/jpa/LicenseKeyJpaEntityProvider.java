package io.mag.keycloak.otp.license.jpa;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/** Registers the license-key entity and its Liquibase changelog with Keycloak's JPA setup. */
final class LicenseKeyJpaEntityProvider implements JpaEntityProvider {

    @Override
    public List<Class<?>> getEntities() {
        return List.of(LicenseKeyEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/mag-otp-license-key/changelog-master.xml";
    }

    @Override
    public String getFactoryId() {
        return LicenseKeyJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
