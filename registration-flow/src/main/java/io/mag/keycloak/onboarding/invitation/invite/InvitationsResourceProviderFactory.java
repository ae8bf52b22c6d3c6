package io.mag.keycloak.onboarding.invitation.invite;

import io.mag.keycloak.common.RealmResourceFactory;

/** {@code /realms/{realm}/mag-invitations}: invitations for automation, with the inviter's bearer token. */
public final class InvitationsResourceProviderFactory extends RealmResourceFactory {

    public static final String PROVIDER_ID = "mag-invitations";

    public InvitationsResourceProviderFactory() {
        super(PROVIDER_ID, InvitationsResource::new);
    }
}
