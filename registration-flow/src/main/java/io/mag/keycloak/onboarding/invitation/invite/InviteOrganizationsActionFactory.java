package io.mag.keycloak.onboarding.invitation.invite;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * "Invite Organizations": a partner's inviters invite supplier organizations and manage the
 * invitations. Started as an application-initiated action ({@code kc_action=mag-invite-organizations}),
 * from the account console (Partner Tools > Invite Organizations).
 */
public final class InviteOrganizationsActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "mag-invite-organizations";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new InviteOrganizationsAction();
    }

    @Override
    public String getDisplayText() {
        return "Invite Organizations";
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
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
