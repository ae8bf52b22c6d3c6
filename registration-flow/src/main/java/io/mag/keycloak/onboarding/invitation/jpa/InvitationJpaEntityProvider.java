package io.mag.keycloak.onboarding.invitation.jpa;

import java.util.List;

import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/** Registers the invitation entity and its Liquibase changelog with Keycloak's JPA setup. */
final class InvitationJpaEntityProvider implements JpaEntityProvider {

    @Override
    public List<Class<?>> getEntities() {
        return List.of(InvitationEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/mag-invitation/changelog-master.xml";
    }

    @Override
    public String getFactoryId() {
        return InvitationJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
    }
}
