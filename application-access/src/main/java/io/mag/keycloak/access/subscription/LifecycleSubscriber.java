package io.mag.keycloak.access.subscription;

import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.access.ApplicationSubscriber;
import io.mag.keycloak.common.access.SubscriptionOrigin;

/** The {@link ApplicationSubscriber} other capabilities call (the registration approval): the subscription lifecycle. */
final class LifecycleSubscriber implements ApplicationSubscriber {

    private static final Logger LOG = Logger.getLogger(LifecycleSubscriber.class);

    private final KeycloakSession session;

    LifecycleSubscriber(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void subscribe(RealmModel realm, OrganizationModel organization, ClientModel application, SubscriptionOrigin origin, String actorId) {
        try {
            new SubscriptionLifecycle(session, realm).subscribe(organization, application, origin, actorId);
        } catch (SubscriptionLifecycle.NotAPartnerApplication e) {
            // The caller's decision stands; an operator fixes the client and subscribes through the admin REST.
            LOG.warnf("Organization %s not subscribed to %s: %s", organization.getId(), application.getClientId(), e.getMessage());
        }
    }
}
