package io.mag.keycloak.onboarding.invitation.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * Keycloak names our Liquibase history table after the first 10 letters of this id
 * (DATABASECHANGELOG_MAG_INVITA): every JPA entity provider of this project needs a distinct prefix.
 */
public final class InvitationJpaEntityProviderFactory implements JpaEntityProviderFactory {

    public static final String PROVIDER_ID = "mag-invitation-entities";

    private static final JpaEntityProvider PROVIDER = new InvitationJpaEntityProvider();

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return PROVIDER;
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
}
