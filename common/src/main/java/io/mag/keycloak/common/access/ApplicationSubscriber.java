package io.mag.keycloak.common.access;

import org.keycloak.models.ClientModel;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.Provider;

/**
 * Subscribes an organization to a partner application, for capabilities that decide something
 * which implies a subscription but must not depend on the capability that keeps them (the
 * registration approval subscribes the new organization to the applications it was invited to; the
 * inviter's search offers an application to an organization it finds registered already).
 * Looked up as Keycloak looks up any provider, {@code session.getProvider(ApplicationSubscriber.class)};
 * null when no module implementing it is deployed, and then there is nothing to subscribe.
 */
public interface ApplicationSubscriber extends Provider {

    /**
     * Makes the subscription active in the caller's transaction (idempotent: an active one stays
     * as it is, an ended one is reactivated), creating the application's groups for the
     * organization, and records the event. A client that is no partner application with an access
     * role is left alone (logged): the caller's decision does not fail for it.
     *
     * @param actorId the user who decided it (an operator), or null for the server itself
     */
    void subscribe(RealmModel realm, OrganizationModel organization, ClientModel application, SubscriptionOrigin origin, String actorId);

    /**
     * A partner offers one of its applications to an already registered organization (the
     * inviter's search found it): in the caller's transaction, the offer is stored, its event
     * recorded and the organization's Organization Administrators emailed after the commit. Only
     * a Service Provider Administrator of the partner owning the application may offer it (a
     * refusal is recorded as an event too).
     *
     * @param actor the inviter
     */
    OfferOutcome offer(RealmModel realm, OrganizationModel organization, ClientModel application, UserModel actor);

    @Override
    default void close() {
    }
}
