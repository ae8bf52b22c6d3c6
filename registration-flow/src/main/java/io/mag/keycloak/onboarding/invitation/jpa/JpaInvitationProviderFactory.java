package io.mag.keycloak.onboarding.invitation.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.onboarding.invitation.InvitationProvider;
import io.mag.keycloak.onboarding.invitation.InvitationProviderFactory;

/**
 * JPA storage of organization invitations (MAG_ORG_INVITATION). A deleted realm's invitations go
 * with it. Invitations outlive their inviter (the partner keeps its history).
 */
public final class JpaInvitationProviderFactory implements InvitationProviderFactory {

    public static final String PROVIDER_ID = "jpa";

    @Override
    public InvitationProvider create(KeycloakSession session) {
        return new JpaInvitationProvider(session, session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(InvitationProvider.class).removeRealm(removed.getRealm().getId());
            }
        });
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
