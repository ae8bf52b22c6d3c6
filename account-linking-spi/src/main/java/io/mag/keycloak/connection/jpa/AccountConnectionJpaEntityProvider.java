package io.mag.keycloak.connection.jpa;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/** Registers the connection entity and its Liquibase changelog with Keycloak's JPA setup. */
final class AccountConnectionJpaEntityProvider implements JpaEntityProvider {

    @Override
    public List<Class<?>> getEntities() {
        return List.of(AccountConnectionEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/mag-account-connection/changelog-master.xml";
    }

    @Override
    public String getFactoryId() {
        return AccountConnectionJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
