package io.mag.keycloak.access.subscription;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.request.AccessRequests;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.SubscriptionOrigin;
import io.mag.keycloak.common.roles.OrganizationGroups;

/**
 * Starting and ending subscriptions, in the caller's transaction. The row and the application's
 * groups change together: an active subscription is exactly one whose groups exist (the
 * {@code users} group carries the access role), so ending one takes every user's access away at
 * once — their next refresh, user-info call and sign-in are refused — while the row keeps the
 * history.
 */
public final class SubscriptionLifecycle {

    private static final Logger LOG = Logger.getLogger(SubscriptionLifecycle.class);

    /** The client is no partner application, or declares no usable access role. */
    public static final class NotAPartnerApplication extends RuntimeException {
        NotAPartnerApplication(String clientId) {
            super("Client " + clientId + " is no partner application with an access role", null, false, false);
        }
    }

    /** The subscription is not active (ended already, or ended concurrently). */
    public static final class NotActive extends RuntimeException {
        NotActive(String id) {
            super("Subscription " + id + " is not active", null, false, false);
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Subscriptions subscriptions;

    public SubscriptionLifecycle(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.subscriptions = new Subscriptions(session);
    }

    /**
     * Subscribes the organization (idempotent: an active subscription is returned as it is; an
     * ended, declined or offered one becomes active with this origin).
     *
     * @param actorId who decided it, or null for the server itself (the owner's subscription at import)
     */
    public SubscriptionEntity subscribe(OrganizationModel organization, ClientModel client, SubscriptionOrigin origin, String actorId) {
        if (!PartnerApplications.isPartnerApplication(client) || PartnerApplications.accessRole(client).isEmpty()) {
            throw new NotAPartnerApplication(client.getClientId());
        }
        SubscriptionEntity subscription = subscriptions.find(realm, organization.getId(), client.getId()).orElse(null);
        if (subscription != null && SubscriptionStatus.ACTIVE.name().equals(subscription.getStatus())) {
            return subscription;
        }
        long now = Time.currentTimeMillis();
        if (subscription == null) {
            subscription = new SubscriptionEntity();
            subscription.setId(KeycloakModelUtils.generateId());
            subscription.setRealmId(realm.getId());
            subscription.setOrganizationId(organization.getId());
            subscription.setClientId(client.getId());
            subscription.setCreatedAt(now);
            fill(subscription, origin, actorId, now);
            subscriptions.add(subscription);
        } else {
            fill(subscription, origin, actorId, now);
            subscriptions.flush();
        }
        new OrganizationGroups(session, realm).ensureApplication(organization, client);
        AccessEvents.of(session, realm, MagEvents.SUBSCRIBED, organization.getId(), client)
                .detail(MagEvents.SUBSCRIPTION_ID, subscription.getId())
                .detail("origin", origin.name())
                .user(actorId)
                .success();
        LOG.debugf("Organization %s subscribed to %s (%s)", organization.getId(), client.getClientId(), origin);
        return subscription;
    }

    private static void fill(SubscriptionEntity subscription, SubscriptionOrigin origin, String actorId, long now) {
        subscription.setStatus(SubscriptionStatus.ACTIVE.name());
        subscription.setOrigin(origin.name());
        subscription.setDecidedAt(now);
        subscription.setDecidedBy(actorId);
        subscription.setEndedAt(null);
        subscription.setEndedBy(null);
        subscription.setEndReason(null);
    }

    /**
     * Ends an active subscription: the application's groups of the organization go (their
     * memberships and role mapping with them).
     *
     * @param reason optional, at most 500 characters (the caller checks)
     */
    public void end(SubscriptionEntity subscription, String actorId, String reason) {
        if (!SubscriptionStatus.ACTIVE.name().equals(subscription.getStatus())) {
            throw new NotActive(subscription.getId());
        }
        subscription.setStatus(SubscriptionStatus.ENDED.name());
        subscription.setEndedAt(Time.currentTimeMillis());
        subscription.setEndedBy(actorId);
        subscription.setEndReason(reason);
        // The version check happens here: a concurrent end fails now, before the groups change.
        subscriptions.flush();
        ClientModel client = realm.getClientById(subscription.getClientId());
        OrganizationModel organization = session.getProvider(OrganizationProvider.class)
                .getById(subscription.getOrganizationId());
        if (client != null && organization != null) {
            new OrganizationGroups(session, realm).removeApplication(organization, client);
        }
        new AccessRequests(session).cancelPending(realm, subscription.getOrganizationId(), subscription.getClientId(), subscription.getEndedAt());
        AccessEvents.of(session, realm, MagEvents.SUBSCRIPTION_ENDED, subscription.getOrganizationId(), client)
                .detail(MagEvents.SUBSCRIPTION_ID, subscription.getId())
                .user(actorId)
                .success();
        LOG.debugf("Subscription %s ended by %s", subscription.getId(), actorId);
    }
}
