package io.mag.keycloak.onboarding.approval;

import java.util.List;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.access.ApplicationSubscriber;
import io.mag.keycloak.common.access.SubscriptionOrigin;

/**
 * Approval subscribes the new organization to the applications its registration was for (the
 * invitation's, or the public application),
 * through the {@link ApplicationSubscriber} of whatever module keeps subscriptions: this module
 * does not depend on it. Without such a module deployed there is nothing to subscribe.
 */
final class RegistrationSubscriptions {

    private RegistrationSubscriptions() {
    }

    /**
     * @param applications the organization's shared applications, read by the caller before it
     *                     rewrote the organization's attributes (see {@link RegistrationDecisions})
     */
    static void subscribe(KeycloakSession session, RealmModel realm, OrganizationModel organization, List<ClientModel> applications,
            boolean invited, String operatorId) {
        ApplicationSubscriber subscriber = session.getProvider(ApplicationSubscriber.class);
        if (subscriber == null) {
            return;
        }
        SubscriptionOrigin origin = invited ? SubscriptionOrigin.REGISTRATION : SubscriptionOrigin.PUBLIC_REGISTRATION;
        applications.forEach(client -> subscriber.subscribe(realm, organization, client, origin, operatorId));
    }
}
