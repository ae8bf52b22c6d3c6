package io.mag.keycloak.orgadmin.users;

import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A person who registered through an organization invitation has shown that they read the
 * invited address: Keycloak's registration accepts the invitation only with the email it was sent
 * to, and records {@code INVITE_ORG} for the new member in the registration's transaction. Keycloak
 * does not mark that address verified; this listener does, in the same transaction.
 */
final class InvitedRegistrationVerifiesEmail implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(InvitedRegistrationVerifiesEmail.class);

    private final KeycloakSession session;

    InvitedRegistrationVerifiesEmail(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.INVITE_ORG || event.getError() != null || event.getUserId() == null) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        UserModel user = realm == null ? null : session.users().getUserById(realm, event.getUserId());
        if (user != null && user.getEmail() != null && !user.isEmailVerified()) {
            user.setEmailVerified(true);
            user.removeRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
            LOG.debugf("User %s registered through an organization invitation: email verified", user.getId());
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
