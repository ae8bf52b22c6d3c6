package io.mag.keycloak.orgadmin.information;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import io.mag.keycloak.common.OtpLevel;
import io.mag.keycloak.common.otp.OtpSubscriptionExpiries;
import io.mag.keycloak.common.roles.MagRole;
import io.mag.keycloak.common.roles.OrganizationGroups;
import io.mag.keycloak.common.roles.OrganizationRoles;

/**
 * Builds {@link AccountInformation} for a user: roles from {@link OrganizationRoles#rolesOf}, the
 * administrators from {@link OrganizationGroups#members}, the OTP subscriptions from where the OTP
 * capability keeps them ({@link OtpSubscriptionExpiries}, the Signing in page's source).
 */
public final class AccountInformationReader {

    /** At most this many administrators are listed per organization. */
    static final int ADMINISTRATORS_MAX = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final KeycloakSession session;
    private final RealmModel realm;

    public AccountInformationReader(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** @param levelOfAuthentication the current session's level (1 password, 2 OTP) */
    public AccountInformation read(UserModel user, int levelOfAuthentication) {
        Map<String, OrganizationModel> organizations = new LinkedHashMap<>();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> applicationRoles = new LinkedHashMap<>();
        Map<String, ClientModel> clients = new LinkedHashMap<>();
        for (OrganizationRoles.Held held : new OrganizationRoles(session, realm).rolesOf(user)) {
            String id = held.organization().getId();
            organizations.putIfAbsent(id, held.organization());
            if (held.client() == null) {
                roles.computeIfAbsent(id, k -> new ArrayList<>()).add(held.role().value());
            } else {
                clients.putIfAbsent(held.client().getId(), held.client());
                applicationRoles.computeIfAbsent(id, k -> new LinkedHashMap<>())
                        .computeIfAbsent(held.client().getId(), k -> new ArrayList<>()).add(held.role().value());
            }
        }
        OrganizationGroups groups = new OrganizationGroups(session, realm);
        List<AccountInformation.Organization> views = organizations.values().stream().map(organization -> {
            List<AccountInformation.Application> applications = applicationRoles.getOrDefault(organization.getId(), Map.of()).entrySet().stream()
                    .map(e -> new AccountInformation.Application(clients.get(e.getKey()).getClientId(), displayName(clients.get(e.getKey())), e.getValue()))
                    .toList();
            List<AccountInformation.Person> administrators = groups.members(organization, MagRole.ORGANIZATION_ADMINISTRATOR, 0, ADMINISTRATORS_MAX)
                    .filter(UserModel::isEnabled)
                    .filter(organization::isMember)
                    .map(a -> new AccountInformation.Person(a.getUsername(), name(a), a.getEmail()))
                    .toList();
            return new AccountInformation.Organization(organization.getId(), organization.getName(),
                    roles.getOrDefault(organization.getId(), List.of()), applications, administrators);
        }).toList();
        boolean otp = levelOfAuthentication >= OtpLevel.OTP;
        List<AccountInformation.OtpExpiry> expiries = otp
                ? OtpSubscriptionExpiries.of(user).stream()
                        .map(e -> new AccountInformation.OtpExpiry(e.label(), DAY.format(e.expiresAt())))
                        .toList()
                : List.of();
        return new AccountInformation(user.getUsername(), name(user), user.getEmail(), views,
                new AccountInformation.Session(otp ? "otp" : "password", expiries));
    }

    static String name(UserModel user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        return (first + " " + last).strip();
    }

    private static String displayName(ClientModel client) {
        return client.getName() == null || client.getName().isBlank() ? client.getClientId() : client.getName();
    }
}
