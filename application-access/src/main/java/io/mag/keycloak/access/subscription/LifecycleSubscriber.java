package io.mag.keycloak.access.subscription;

import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.access.offer.SubscriptionOffers;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.OfferOutcome;
import io.mag.keycloak.common.roles.OrganizationForbidden;

import io.mag.keycloak.common.access.ApplicationSubscriber;
import io.mag.keycloak.common.access.SubscriptionOrigin;

/**
 * The {@link ApplicationSubscriber} other capabilities call: the subscription lifecycle (the
 * registration approval) and the partner's offers (the inviter's search).
 */
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

    @Override
    public OfferOutcome offer(RealmModel realm, OrganizationModel organization, ClientModel application, UserModel actor) {
        try {
            return new SubscriptionOffers(session, realm).offer(organization, application, actor, session.getContext().getClient(),
                    AccessEvents.of(session, realm, MagEvents.SUBSCRIPTION_OFFERED, organization == null ? null : organization.getId(), application)
                            .user(actor));
        } catch (OrganizationForbidden e) {
            // Recorded as a mag_not_authorized event by the check itself.
            return OfferOutcome.NOT_ALLOWED;
        }
    }
}
