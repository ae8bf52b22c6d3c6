package io.mag.keycloak.it.support;

import java.util.List;
import java.util.Map;

import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;

/**
 * The demo accounts that bin/start-gateway adds to a fresh gateway, as a test fixture: the shipped
 * realm has no users, so a test that needs the realm administrator or the demo partner's Service
 * Provider Administrator declares {@code @InjectRealm(fromJson = MagRealm.JSON, config = DemoUsers.class)}
 * and the framework creates them with the realm, through the admin API. Their passwords meet the
 * realm's password policy (at least 12 characters, neither the username nor the email).
 */
public final class DemoUsers implements RealmConfig {

    public static final String OPERATOR = "operator";
    public static final String SP_ADMIN = "sp-admin";
    static final String SP_ADMIN_EMAIL = "sp-admin@northwind-aero.example";
    private static final Map<String, String> PASSWORDS = Map.of(
            OPERATOR, "Operator-Test-Passphrase-7",
            SP_ADMIN, "Partner-Test-Passphrase-7");

    /** The password this fixture gave one of its accounts. */
    public static String password(String username) {
        String password = PASSWORDS.get(username);
        if (password == null) {
            throw new IllegalArgumentException("No demo user " + username);
        }
        return password;
    }

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        UserRepresentation operator = account(OPERATOR, "operator@mag.localhost", "Gateway", "Operator");
        operator.setClientRoles(Map.of("realm-management", List.of("realm-admin")));
        UserRepresentation spAdmin = account(SP_ADMIN, SP_ADMIN_EMAIL, "Sam", "Partner");
        // Service Provider Administrator of Northwind: the realm file's group of that role.
        spAdmin.setGroups(List.of(RoleGroups.path(Partners.DEMO_PARTNER_ALIAS, RoleGroups.SERVICE_PROVIDER_ADMINISTRATORS)));
        return realm.users(operator, spAdmin).update(rep -> rep.getOrganizations().stream()
                .filter(org -> Partners.DEMO_PARTNER_ALIAS.equals(org.getAlias()))
                .forEach(org -> {
                    MemberRepresentation member = new MemberRepresentation();
                    member.setUsername(SP_ADMIN);
                    org.addMember(member);
                }));
    }

    private static UserRepresentation account(String username, String email, String firstName, String lastName) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setRealmRoles(List.of("default-roles-mag"));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(password(username));
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        return user;
    }
}
