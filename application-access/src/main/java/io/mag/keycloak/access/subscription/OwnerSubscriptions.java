package io.mag.keycloak.access.subscription;

import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.OrganizationAttributes;
import io.mag.keycloak.common.access.SubscriptionOrigin;

/**
 * The owning partner's staff reach its application like any subscriber's users: through an
 * {@code OWNER} subscription of the partner's own organization. Created for each partner
 * application of a realm when the realm is created or imported (the realm file declares the
 * applications, and a realm file cannot write our table), and for an application added later
 * as soon as it is one ({@link #ensureFor}): when its client is saved with the partner attributes,
 * or when its access role is added afterwards or the client comes with its role in a partial
 * import ({@link AccessRoleListener}), whichever comes last.
 */
final class OwnerSubscriptions {

    private static final Logger LOG = Logger.getLogger(OwnerSubscriptions.class);

    private OwnerSubscriptions() {
    }

    static void ensure(KeycloakSession session, RealmModel realm) {
        if (!realm.isOrganizationsEnabled()) {
            return;
        }
        // Organizations are looked up in the context's realm, which an import through the admin API does not set.
        RealmModel before = session.getContext().getRealm();
        session.getContext().setRealm(realm);
        try {
            SubscriptionLifecycle lifecycle = new SubscriptionLifecycle(session, realm);
            realm.getClientsStream()
                    .filter(PartnerApplications::isPartnerApplication)
                    .toList()
                    .forEach(client -> subscribeOwner(session, lifecycle, client));
        } finally {
            session.getContext().setRealm(before);
        }
    }

    /**
     * After a client is saved (created or updated through the admin console or REST) or one of its
     * roles is created or renamed: subscribes
     * its owning partner when the client is a partner application whose owner has no subscription
     * row for it yet. Any row counts, so an owner subscription an operator ended stays ended.
     * Quiet when the owner or the access role is missing: during a realm import every client is
     * saved before the realm's organizations and client roles exist, and the import's own
     * {@link #ensure} subscribes the owners afterwards.
     */
    static void ensureFor(KeycloakSession session, ClientModel client) {
        RealmModel realm = client.getRealm();
        if (!PartnerApplications.isPartnerApplication(client) || !realm.isOrganizationsEnabled()
                || PartnerApplications.accessRole(client).isEmpty()) {
            return;
        }
        // The admin REST sets the context's realm, an import into another realm does not; organizations are looked up in it.
        RealmModel before = session.getContext().getRealm();
        session.getContext().setRealm(realm);
        try {
            OrganizationModel owner = PartnerApplications.owningPartner(session, client).orElse(null);
            if (owner == null || new Subscriptions(session).find(realm, owner.getId(), client.getId()).isPresent()) {
                return;
            }
            new SubscriptionLifecycle(session, realm).subscribe(owner, client, SubscriptionOrigin.OWNER, null);
        } finally {
            session.getContext().setRealm(before);
        }
    }

    private static void subscribeOwner(KeycloakSession session, SubscriptionLifecycle lifecycle, ClientModel client) {
        OrganizationModel owner = PartnerApplications.owningPartner(session, client).orElse(null);
        if (owner == null || PartnerApplications.accessRole(client).isEmpty()) {
            LOG.warnf("Partner application %s names no existing owning partner or no %s client role: no owner subscription",
                    client.getClientId(), OrganizationAttributes.CLIENT_ACCESS_ROLE);
            return;
        }
        lifecycle.subscribe(owner, client, SubscriptionOrigin.OWNER, null);
    }
}
