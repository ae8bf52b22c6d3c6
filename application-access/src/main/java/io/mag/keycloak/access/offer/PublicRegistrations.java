package io.mag.keycloak.access.offer;

import java.util.List;

import org.keycloak.events.EventBuilder;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.access.subscription.SubscriptionStatus;
import io.mag.keycloak.access.subscription.Subscriptions;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.access.SubscriptionOrigin;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * An Organization Administrator registers their organization, registered already, for an
 * application open to public registration (client attribute {@code mag.public-registration=true}),
 * without an invitation: the organization is subscribed ({@link SubscriptionOrigin#PUBLIC_REGISTRATION}),
 * the chosen members become its Application Administrators, and the owning partner's Service
 * Provider Administrators are emailed. A pending offer of the same application is thereby
 * answered too.
 */
public final class PublicRegistrations {

    /** The application is not open to public registration (or is no such application). */
    public static final class NotOpen extends RuntimeException {
        NotOpen() {
            super("Not open to public registration", null, false, false);
        }
    }

    /** The organization is subscribed to the application already: nothing changed. */
    public static final class AlreadySubscribed extends RuntimeException {
        AlreadySubscribed() {
            super("Subscribed already", null, false, false);
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public PublicRegistrations(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Whether the organization is subscribed to the application now. */
    public boolean subscribed(OrganizationModel organization, ClientModel client) {
        return new Subscriptions(session).find(realm, organization.getId(), client.getId())
                .filter(row -> SubscriptionStatus.ACTIVE.name().equals(row.getStatus()))
                .isPresent();
    }

    /**
     * @throws NotOpen                                   the client is not open to public registration
     * @throws OrganizationForbidden                     the actor is no Organization Administrator of the organization (recorded on {@code event})
     * @throws AlreadySubscribed                         the organization is subscribed already
     * @throws SubscriptionOffers.InvalidAdministrators  none chosen, too many, or one no enabled member of the organization
     */
    public SubscriptionEntity register(OrganizationModel organization, ClientModel client, UserModel actor, List<String> administratorIds,
            EventBuilder event) {
        if (!PartnerApplications.openToPublicRegistration(client) || PartnerApplications.accessRole(client).isEmpty()) {
            throw new NotOpen();
        }
        new OrganizationRoles(session, realm).require(actor, organization, MagRole.ORGANIZATION_ADMINISTRATOR,
                event.detail(MagEvents.CLIENT_ID, client.getClientId()));
        if (subscribed(organization, client)) {
            throw new AlreadySubscribed();
        }
        List<UserModel> administrators = new SubscriptionOffers(session, realm).members(organization, administratorIds);
        SubscriptionEntity subscription = new ChosenAdministrators(session, realm)
                .subscribe(organization, client, SubscriptionOrigin.PUBLIC_REGISTRATION, actor, administrators);
        new OfferMails(session, realm).publicRegistration(subscription);
        return subscription;
    }
}
