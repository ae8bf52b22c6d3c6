package io.mag.keycloak.onboarding.approval;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.access.ApplicationSubscriber;
import io.mag.keycloak.common.access.SubscriptionOrigin;

/**
 * Approval subscribes the new organization to the applications its registration was for (the
 * invitation's, or the public application: attribute {@value OrganizationAttributes#SHARED_APPLICATIONS}),
 * through the {@link ApplicationSubscriber} of whatever module keeps subscriptions: this module
 * does not depend on it. Without such a module deployed there is nothing to subscribe.
 */
final class RegistrationSubscriptions {

    private static final Logger LOG = Logger.getLogger(RegistrationSubscriptions.class);

    private RegistrationSubscriptions() {
    }

    static void subscribe(KeycloakSession session, RealmModel realm, OrganizationModel organization, boolean invited, String operatorId) {
        ApplicationSubscriber subscriber = session.getProvider(ApplicationSubscriber.class);
        if (subscriber == null) {
            return;
        }
        SubscriptionOrigin origin = invited ? SubscriptionOrigin.REGISTRATION : SubscriptionOrigin.PUBLIC_REGISTRATION;
        for (String clientId : clientIds(organization)) {
            ClientModel client = realm.getClientByClientId(clientId);
            if (client == null) {
                LOG.warnf("Organization %s was registered for client %s, which no longer exists: not subscribed", organization.getId(), clientId);
                continue;
            }
            subscriber.subscribe(realm, organization, client, origin, operatorId);
        }
    }

    private static Set<String> clientIds(OrganizationModel organization) {
        Set<String> ids = new LinkedHashSet<>();
        organization.getAttributes().getOrDefault(OrganizationAttributes.SHARED_APPLICATIONS, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split("[,\\s]+")))
                .filter(id -> !id.isBlank())
                .forEach(ids::add);
        return ids;
    }
}
