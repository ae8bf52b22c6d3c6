package io.mag.keycloak.access.offer;

import java.util.List;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.access.AccessEvents;
import io.mag.keycloak.access.subscription.SubscriptionLifecycle;
import io.mag.keycloak.access.subscription.jpa.SubscriptionEntity;
import io.mag.keycloak.common.MagEvents;
import io.mag.keycloak.common.access.SubscriptionOrigin;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;

/**
 * An organization subscribes to an application on its own Organization Administrator's word (an
 * accepted offer, a public registration) and names the application's Application
 * Administrators among its members at the same time, as a registration's approval does: they
 * join the application's {@code administrators} and {@code users} groups, so that someone can
 * approve access requests and reaches the application themselves.
 */
final class ChosenAdministrators {

    private final KeycloakSession session;
    private final RealmModel realm;

    ChosenAdministrators(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    SubscriptionEntity subscribe(OrganizationModel organization, ClientModel client, SubscriptionOrigin origin, UserModel actor,
            List<UserModel> administrators) {
        SubscriptionEntity subscription = new SubscriptionLifecycle(session, realm).subscribe(organization, client, origin, actor.getId());
        OrganizationGroups groups = new OrganizationGroups(session, realm);
        for (UserModel administrator : administrators) {
            boolean granted = groups.join(administrator, organization, MagRole.APPLICATION_ADMINISTRATOR, client);
            groups.join(administrator, organization, MagRole.APPLICATION_USER, client);
            if (granted) {
                AccessEvents.of(session, realm, MagEvents.ROLE_GRANTED, organization.getId(), client)
                        .user(actor)
                        .detail(MagEvents.MAG_ROLE, MagRole.APPLICATION_ADMINISTRATOR.value())
                        .detail("subject_user_id", administrator.getId())
                        .detail(MagEvents.SUBSCRIPTION_ID, subscription.getId())
                        .success();
            }
        }
        return subscription;
    }
}
