package io.mag.keycloak.onboarding.invitation.invite;

import io.mag.keycloak.common.StatelessRequiredActionFactory;

/**
 * "Invite Organizations": a partner's inviters invite supplier organizations and manage the
 * invitations. Started as an application-initiated action ({@code kc_action=mag-invite-organizations}),
 * from the account console (Partner Tools > Invite Organizations).
 */
public final class InviteOrganizationsActionFactory extends StatelessRequiredActionFactory {

    public static final String PROVIDER_ID = "mag-invite-organizations";

    public InviteOrganizationsActionFactory() {
        super(PROVIDER_ID, "Invite Organizations", new InviteOrganizationsAction());
    }

    @Override
    public boolean isOneTimeAction() {
        return true;
    }
}
