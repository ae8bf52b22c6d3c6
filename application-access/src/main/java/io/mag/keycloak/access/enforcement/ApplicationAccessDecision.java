package io.mag.keycloak.access.enforcement;

import java.util.Optional;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.access.PartnerApplications;
import io.mag.keycloak.access.subscription.SubscriptionStatus;
import io.mag.keycloak.access.subscription.Subscriptions;
import io.mag.keycloak.common.ConnectionMirrorAttributes;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * Whether a user may reach a client: the one rule behind both enforcement points (the client
 * policy executor for every OpenID Connect grant, the required action for every interactive
 * sign-in, SAML included).
 *
 * <pre>
 * client without mag.owning-partner                        → allowed (account console, admin console, ...)
 * the user, or one of its connected children, has access   → allowed
 *   (member of the application's users group of an enabled organization it belongs to)
 * one of the user's organizations is subscribed            → refused: no access yet (may request it)
 * otherwise                                                → refused: not subscribed (names the partner)
 * </pre>
 *
 * An allowed sign-in reads only cached models (the user's groups, the realm's groups, the
 * organization); only a refusal reads the subscription table.
 */
public final class ApplicationAccessDecision {

    /** Why access was refused; the code is the event detail {@code mag_refusal}. */
    public enum Refusal {
        /** The user's organization is subscribed, but the user has not been granted access. */
        NO_ACCESS("no_access"),
        /** None of the user's organizations is subscribed to the application. */
        NOT_SUBSCRIBED("not_subscribed");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The outcome: {@link #refusal()} empty when allowed; on a refusal for lack of access, the
     * subscribed organization through which the user may request it.
     */
    public record Outcome(Optional<Refusal> refusal, OrganizationModel subscribedOrganization) {

        static final Outcome ALLOWED = new Outcome(Optional.empty(), null);

        public boolean allowed() {
            return refusal.isEmpty();
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;

    public ApplicationAccessDecision(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public Outcome decide(UserModel user, ClientModel client) {
        if (user == null || client == null || !PartnerApplications.isPartnerApplication(client)) {
            return Outcome.ALLOWED;
        }
        OrganizationRoles roles = new OrganizationRoles(session, realm);
        if (roles.accessThrough(user, client).isPresent() || childHasAccess(roles, user, client)) {
            return Outcome.ALLOWED;
        }
        Subscriptions subscriptions = new Subscriptions(session);
        return roles.organizationsOf(user).stream()
                .filter(OrganizationModel::isEnabled)
                .filter(organization -> subscriptions.find(realm, organization.getId(), client.getId())
                        .filter(s -> SubscriptionStatus.ACTIVE.name().equals(s.getStatus()))
                        .isPresent())
                .findFirst()
                .map(organization -> new Outcome(Optional.of(Refusal.NO_ACCESS), organization))
                .orElseGet(() -> new Outcome(Optional.of(Refusal.NOT_SUBSCRIBED), null));
    }

    /**
     * A parent reaches a connected child's applications exactly as the child would. The children
     * come from the attribute the connection code keeps on the parent (in the cached user), so a
     * user without children costs nothing here.
     */
    private boolean childHasAccess(OrganizationRoles roles, UserModel parent, ClientModel client) {
        return parent.getAttributeStream(ConnectionMirrorAttributes.CHILDREN)
                .map(username -> session.users().getUserByUsername(realm, username))
                .filter(child -> child != null && child.isEnabled())
                .anyMatch(child -> roles.accessThrough(child, client).isPresent());
    }
}
