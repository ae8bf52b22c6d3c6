package io.mag.keycloak.access.offer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.access.subscription.SubscriptionLifecycle;
import io.mag.keycloak.access.subscription.SubscriptionStatus;
import io.mag.keycloak.access.subscription.Subscriptions;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.OfferOutcome;
import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.common.access.SubscriptionOrigin;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationForbidden;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * A partner's offer of one of its applications to an organization registered already ("Access to
 * Additional Partners"), and the organization's answer. An offer is the organization's
 * subscription row in status {@link SubscriptionStatus#OFFERED} (MAG_APP_SUBSCRIPTION, with who
 * offered it), so that there is one row per organization and application whatever happened:
 * accepting makes that row active through {@link SubscriptionLifecycle} (twice accepted, one
 * subscription), declining marks it {@link SubscriptionStatus#DECLINED}. Only a Service Provider
 * Administrator of the owning partner offers; only an Organization Administrator of the
 * organization answers. Every change is a {@code mag_operation} event; the emails go through the
 * outbox ({@link OfferMails}).
 */
public final class SubscriptionOffers {

    private static final Logger LOG = Logger.getLogger(SubscriptionOffers.class);

    /** Longest decline reason. */
    public static final int REASON_MAX = 500;
    /** Most Application Administrators chosen at once. */
    public static final int MAX_ADMINISTRATORS = 25;

    /** The offer was answered already (or withdrawn by a new state): nothing changed. */
    public static final class AlreadyAnswered extends RuntimeException {
        AlreadyAnswered(String id) {
            super("Offer " + id + " is answered already", null, false, false);
        }
    }

    /** No Application Administrator chosen, too many, or one who is no enabled member of the organization. */
    public static final class InvalidAdministrators extends RuntimeException {
        InvalidAdministrators() {
            super("Invalid Application Administrators", null, false, false);
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Subscriptions subscriptions;
    private final OrganizationRoles roles;

    public SubscriptionOffers(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.subscriptions = new Subscriptions(session);
        this.roles = new OrganizationRoles(session, realm);
    }

    /**
     * Offers the application to the organization, as {@code actor} who came through the client
     * {@code via} (for the admin event). A refusal for want of the role is recorded on
     * {@code event} and thrown ({@link OrganizationForbidden}); the other refusals are returned.
     */
    public OfferOutcome offer(OrganizationModel organization, ClientModel client, UserModel actor, ClientModel via, EventBuilder event) {
        OrganizationModel partner = client == null ? null : PartnerApplications.owningPartner(session, client).orElse(null);
        roles.require(actor, partner, MagRole.SERVICE_PROVIDER_ADMINISTRATOR,
                client == null ? event : event.detail(MagEvents.CLIENT_ID, client.getClientId()));
        if (!client.isEnabled() || PartnerApplications.accessRole(client).isEmpty() || organization == null
                || !organization.isEnabled() || organization.getId().equals(partner.getId())) {
            return OfferOutcome.NOT_OFFERABLE;
        }
        SubscriptionEntity row = subscriptions.find(realm, organization.getId(), client.getId()).orElse(null);
        if (row != null && SubscriptionStatus.ACTIVE.name().equals(row.getStatus())) {
            return OfferOutcome.ALREADY_SUBSCRIBED;
        }
        if (row != null && SubscriptionStatus.OFFERED.name().equals(row.getStatus())) {
            return OfferOutcome.ALREADY_OFFERED;
        }
        if (row == null) {
            row = new SubscriptionEntity();
            row.setId(KeycloakModelUtils.generateId());
            row.setRealmId(realm.getId());
            row.setOrganizationId(organization.getId());
            row.setClientId(client.getId());
            row.setCreatedAt(Time.currentTimeMillis());
            offered(row, actor);
            subscriptions.add(row);
        } else {
            // An ended or declined subscription is offered again: same row, fresh state (the history is in the events).
            offered(row, actor);
            subscriptions.flush();
        }
        AccessEvents.of(session, realm, MagEvents.SUBSCRIPTION_OFFERED, organization.getId(), client)
                .user(actor)
                .detail(MagEvents.SUBSCRIPTION_ID, row.getId())
                .success();
        SubscriptionAdminEvents.record(session, realm, actor, via, OperationType.CREATE, row);
        new OfferMails(session, realm).offered(row);
        LOG.debugf("Application %s offered to organization %s by %s", client.getClientId(), organization.getId(), actor.getId());
        return OfferOutcome.OFFERED;
    }

    private static void offered(SubscriptionEntity row, UserModel actor) {
        row.setStatus(SubscriptionStatus.OFFERED.name());
        row.setOrigin(SubscriptionOrigin.PARTNER_OFFER.name());
        row.setOfferedBy(actor.getId());
        row.setDecidedAt(null);
        row.setDecidedBy(null);
        row.setEndedAt(null);
        row.setEndedBy(null);
        row.setEndReason(null);
    }

    /** The offer by id, if it is one (any state but never an organization's own registration). */
    public Optional<SubscriptionEntity> find(String id) {
        return subscriptions.find(realm, id).filter(row -> row.getOfferedBy() != null);
    }

    /** The offers awaiting an answer from the organizations whose Organization Administrator the user is. */
    public List<SubscriptionEntity> pendingFor(UserModel user) {
        List<SubscriptionEntity> pending = new ArrayList<>();
        for (OrganizationModel organization : roles.organizationsWhere(user, MagRole.ORGANIZATION_ADMINISTRATOR)) {
            subscriptions.ofOrganization(realm, organization.getId()).stream()
                    .filter(row -> SubscriptionStatus.OFFERED.name().equals(row.getStatus()))
                    .forEach(pending::add);
        }
        return pending;
    }

    /**
     * Accepts: the organization is subscribed ({@link SubscriptionOrigin#PARTNER_OFFER}) and the
     * chosen members become the application's Application Administrators (with access to it).
     *
     * @throws OrganizationForbidden the actor is no Organization Administrator of the organization (recorded on {@code event})
     * @throws AlreadyAnswered       the offer is not awaiting an answer
     * @throws InvalidAdministrators none chosen, too many, or one no enabled member of the organization
     */
    public SubscriptionEntity accept(SubscriptionEntity offer, UserModel actor, List<String> administratorIds, EventBuilder event) {
        OrganizationModel organization = roles.organization(offer.getOrganizationId());
        ClientModel client = realm.getClientById(offer.getClientId());
        roles.require(actor, organization, MagRole.ORGANIZATION_ADMINISTRATOR, event.detail(MagEvents.SUBSCRIPTION_ID, offer.getId()));
        requireOpen(offer, client);
        List<UserModel> administrators = members(organization, administratorIds);
        new ChosenAdministrators(session, realm).subscribe(organization, client, SubscriptionOrigin.PARTNER_OFFER, actor, administrators);
        AccessEvents.of(session, realm, MagEvents.OFFER_ACCEPTED, organization.getId(), client)
                .user(actor)
                .detail(MagEvents.SUBSCRIPTION_ID, offer.getId())
                .success();
        new OfferMails(session, realm).answered(offer, true);
        return offer;
    }

    /**
     * Declines, with an optional reason (at most {@value #REASON_MAX} characters, checked by the caller).
     *
     * @throws OrganizationForbidden the actor is no Organization Administrator of the organization (recorded on {@code event})
     * @throws AlreadyAnswered       the offer is not awaiting an answer
     */
    public SubscriptionEntity decline(SubscriptionEntity offer, UserModel actor, String reason, EventBuilder event) {
        OrganizationModel organization = roles.organization(offer.getOrganizationId());
        ClientModel client = realm.getClientById(offer.getClientId());
        roles.require(actor, organization, MagRole.ORGANIZATION_ADMINISTRATOR, event.detail(MagEvents.SUBSCRIPTION_ID, offer.getId()));
        requireOpen(offer, client);
        offer.setStatus(SubscriptionStatus.DECLINED.name());
        offer.setDecidedAt(Time.currentTimeMillis());
        offer.setDecidedBy(actor.getId());
        offer.setEndReason(reason == null || reason.isBlank() ? null : reason.strip());
        // A concurrent answer fails here (the row's version), before anyone is emailed.
        subscriptions.flush();
        AccessEvents.of(session, realm, MagEvents.OFFER_DECLINED, organization.getId(), client)
                .user(actor)
                .detail(MagEvents.SUBSCRIPTION_ID, offer.getId())
                .success();
        new OfferMails(session, realm).answered(offer, false);
        return offer;
    }

    private static void requireOpen(SubscriptionEntity offer, ClientModel client) {
        if (client == null || !SubscriptionStatus.OFFERED.name().equals(offer.getStatus())) {
            throw new AlreadyAnswered(offer.getId());
        }
    }

    /** The chosen users, each an enabled member of the organization; 1 to {@value #MAX_ADMINISTRATORS} of them. */
    List<UserModel> members(OrganizationModel organization, List<String> ids) {
        LinkedHashSet<String> distinct = ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
        if (distinct.isEmpty() || distinct.size() > MAX_ADMINISTRATORS) {
            throw new InvalidAdministrators();
        }
        List<UserModel> users = new ArrayList<>();
        for (String id : distinct) {
            UserModel user = id == null ? null : session.users().getUserById(realm, id);
            if (user == null || !roles.holds(user, organization, MagRole.USER)) {
                throw new InvalidAdministrators();
            }
            users.add(user);
        }
        return users;
    }
}
