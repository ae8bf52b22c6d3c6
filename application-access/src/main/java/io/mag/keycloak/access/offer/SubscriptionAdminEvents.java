package io.mag.keycloak.access.offer;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import io.mag.keycloak.access.subscription.SubscriptionRepresentation;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;

/**
 * The admin event of a subscription changed by a partner or an organization (an offer, its
 * answer, a public registration), whether through REST or a page: operators see subscriptions,
 * so they see these changes in the admin events as they see their own (resource type
 * {@code CUSTOM}, path {@code mag-subscriptions/<id>}, the subscription as representation). The
 * author is the acting user and the client they came through; a page has no bearer token, and
 * Keycloak's admin event builder reads only the author's realm, user and client.
 */
public final class SubscriptionAdminEvents {

    private SubscriptionAdminEvents() {
    }

    /** @param via the client the actor came through (the REST caller's, the page's); nothing is recorded without one */
    public static SubscriptionRepresentation record(KeycloakSession session, RealmModel realm, UserModel actor, ClientModel via,
            OperationType operation, SubscriptionEntity subscription) {
        SubscriptionRepresentation representation = SubscriptionRepresentation.of(session, realm, subscription);
        if (via == null || actor == null) {
            return representation;
        }
        new AdminEventBuilder(realm, new AdminAuth(realm, null, actor, via), session, session.getContext().getConnection())
                .resource(ResourceType.CUSTOM)
                .operation(operation)
                .resourcePath("mag-subscriptions", subscription.getId())
                .representation(representation)
                .success();
        return representation;
    }
}
