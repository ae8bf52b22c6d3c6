package io.mag.keycloak.common.access;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.organization.OrganizationProvider;

import io.mag.keycloak.common.OrganizationAttributes;

/**
 * What makes a client a partner application, read from its attributes: the owning partner
 * ({@code mag.owning-partner}, an organization alias), the client role that grants access
 * ({@code mag.access-role}) and who approves access requests ({@code mag.access-approval}).
 * Clients without an owning partner (the account console, the admin console) are not partner
 * applications and application access leaves them alone. One definition for every capability:
 * application access (enforcement, subscriptions, offers) and onboarding (what an inviter shares).
 */
public final class PartnerApplications {

    /** Most partner applications a partner lists at once. */
    private static final int MAX_APPLICATIONS = 1000;
    /** Most applications open to public registration listed at once. */
    private static final int MAX_PUBLIC = 200;

    private PartnerApplications() {
    }

    public static boolean isPartnerApplication(ClientModel client) {
        return owningPartnerAlias(client) != null;
    }

    public static String owningPartnerAlias(ClientModel client) {
        String alias = client == null ? null : client.getAttribute(OrganizationAttributes.CLIENT_OWNING_PARTNER);
        return alias == null || alias.isBlank() ? null : alias.strip();
    }

    /** The owning partner's organization; empty when the attribute names none of the realm's. */
    public static Optional<OrganizationModel> owningPartner(KeycloakSession session, ClientModel client) {
        String alias = owningPartnerAlias(client);
        return alias == null ? Optional.empty() : Optional.ofNullable(session.getProvider(OrganizationProvider.class).getByAlias(alias));
    }

    /** The client role the application declares as its access role; empty when it declares none or names a missing role. */
    public static Optional<RoleModel> accessRole(ClientModel client) {
        String name = client.getAttribute(OrganizationAttributes.CLIENT_ACCESS_ROLE);
        return name == null || name.isBlank() ? Optional.empty() : Optional.ofNullable(client.getRole(name.strip()));
    }

    /** True when access is granted on request, without an Application Administrator ({@code mag.access-approval=none}). */
    public static boolean grantedOnRequest(ClientModel client) {
        return OrganizationAttributes.ACCESS_APPROVAL_NONE.equals(client.getAttribute(OrganizationAttributes.CLIENT_ACCESS_APPROVAL));
    }

    /**
     * The applications a partner owns, enabled or not, by clientId. Read from the realm's clients
     * rather than searched by attribute: Keycloak searches only attributes configured as
     * searchable (spi-client-jpa searchable-attributes), and the realm's clients are cached.
     */
    public static List<ClientModel> ownedBy(RealmModel realm, OrganizationModel partner) {
        return realm.getClientsStream()
                .filter(client -> partner.getAlias().equals(owningPartnerAlias(client)))
                .sorted(Comparator.comparing(ClientModel::getClientId))
                .limit(MAX_APPLICATIONS)
                .toList();
    }

    /**
     * True when organizations may register for the application without an invitation
     * ({@value OrganizationAttributes#CLIENT_PUBLIC_REGISTRATION}{@code =true}): an enabled partner
     * application.
     */
    public static boolean openToPublicRegistration(ClientModel client) {
        return client != null && client.isEnabled() && isPartnerApplication(client)
                && Boolean.parseBoolean(client.getAttribute(OrganizationAttributes.CLIENT_PUBLIC_REGISTRATION));
    }

    /** The enabled partner applications open to public registration, by clientId. */
    public static List<ClientModel> openToPublicRegistration(RealmModel realm) {
        return realm.getClientsStream()
                .filter(PartnerApplications::openToPublicRegistration)
                .sorted(Comparator.comparing(ClientModel::getClientId))
                .limit(MAX_PUBLIC)
                .toList();
    }

    /** The name people know the application by: its display name unless that is a message key, else its clientId. */
    public static String displayName(ClientModel client) {
        String name = client.getName();
        return name == null || name.isBlank() || name.startsWith("${") ? client.getClientId() : name;
    }
}
