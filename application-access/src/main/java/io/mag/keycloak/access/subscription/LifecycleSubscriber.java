package io.mag.keycloak.access.subscription;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.access.ApplicationSubscriber;
import io.mag.keycloak.common.access.SubscriptionOrigin;

/** The {@link ApplicationSubscriber} other capabilities call (the registration approval): the subscription lifecycle. */
final class LifecycleSubscriber implements ApplicationSubscriber {

    private final KeycloakSession session;

    LifecycleSubscriber(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void subscribe(RealmModel realm, OrganizationModel organization, ClientModel application, SubscriptionOrigin origin, String actorId) {
        new SubscriptionLifecycle(session, realm).subscribe(organization, application, origin, actorId);
    }
}
