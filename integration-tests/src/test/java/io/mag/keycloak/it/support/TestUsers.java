package io.mag.keycloak.it.support;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** Creates accounts through the admin API, each test with names of its own. */
public final class TestUsers {

    public static final String PASSWORD = "Sup3r-Secret-Pass";

    private final ManagedRealm realm;
    /** Keeps tests of one class apart: every email and username carries it. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    public TestUsers(ManagedRealm realm) {
        this.realm = realm;
    }

    /** The email shared by the accounts of one person in this test. */
    public String email(String person) {
        return person + "-" + tag + "@supplier.example";
    }

    public String username(String name) {
        return name + "-" + tag;
    }

    /** An account of {@code person}: verified email, a password, first and last name from the person. */
    public String create(String name, String person) {
        return create(account(name, person));
    }

    public UserRepresentation account(String name, String person) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username(name));
        user.setEmail(email(person));
        user.setEmailVerified(true);
        user.setFirstName("Alex " + person);
        user.setLastName("Morgan");
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        return user;
    }

    /** An account with a password and a TOTP credential of this (raw) secret, as if set up just now. */
    public String createWithOtp(String name, String person, String totpSecret) {
        UserRepresentation user = account(name, person);
        user.setCredentials(List.of(user.getCredentials().get(0), otpCredential("phone", totpSecret)));
        return create(user);
    }

    /**
     * A TOTP credential of this (raw) secret with the realm's default policy (6 digits, 30 s,
     * HmacSHA1), in the form Keycloak's OTP credential keeps and the admin API imports.
     */
    public static CredentialRepresentation otpCredential(String label, String totpSecret) {
        CredentialRepresentation otp = new CredentialRepresentation();
        otp.setType("otp");
        otp.setUserLabel(label);
        otp.setSecretData("{\"value\":\"" + totpSecret + "\"}");
        otp.setCredentialData("{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
        return otp;
    }

    public String create(UserRepresentation user) {
        try (Response response = realm.admin().users().create(user)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }
}
