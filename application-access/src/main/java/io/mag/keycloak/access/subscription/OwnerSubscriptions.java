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
 * applications, and a realm file cannot write our table); an operator subscribes the owner of an
 * application added later through the admin REST.
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
