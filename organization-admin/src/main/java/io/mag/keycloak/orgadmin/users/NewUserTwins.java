package io.mag.keycloak.orgadmin.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * A new user with a generated User ID sent twice (a double click, a retried request): the second
 * must not create a second account under another generated User ID. Its twin is a member of the
 * organization with the same email address and name, created within the last minutes and not yet
 * signed in (First Time Login pending). Two submits at the same moment are told apart by a
 * cluster-wide single-use marker that the first one takes just before it creates the account.
 * A chosen User ID needs none of this: the second submit finds it taken.
 */
final class NewUserTwins {

    /** How long after its creation an account counts as the twin of a repeated submit. */
    static final long WINDOW_MILLIS = 10 * 60 * 1000L;
    /** How long the marker of a creation in progress lives: longer than one request. */
    static final long MARKER_SECONDS = 60;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final OrganizationModel organization;

    NewUserTwins(KeycloakSession session, RealmModel realm, OrganizationModel organization) {
        this.session = session;
        this.realm = realm;
        this.organization = organization;
    }

    /** The account an earlier submit of the same details created, if any. */
    Optional<UserModel> earlier(String email, String firstName, String lastName) {
        long since = Time.currentTimeMillis() - WINDOW_MILLIS;
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        return session.users().searchForUserStream(realm, Map.of(UserModel.EMAIL, email, UserModel.EXACT, "true"))
                .filter(u -> email.equalsIgnoreCase(u.getEmail()))
                .filter(u -> firstName.equals(u.getFirstName()) && lastName.equals(u.getLastName()))
                .filter(u -> u.getCreatedTimestamp() != null && u.getCreatedTimestamp() >= since)
                .filter(OrganizationUser::firstLoginPending)
                .filter(u -> organizations.isMember(organization, u))
                .findFirst();
    }

    /** True for the one submit that may create the account now; false while another one is creating it. */
    boolean claim(String email, String firstName, String lastName) {
        return session.singleUseObjects().putIfAbsent("mag.new-user:" + organization.getId() + ":" + digest(email, firstName, lastName),
                MARKER_SECONDS);
    }

    private static String digest(String email, String firstName, String lastName) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (email.toLowerCase(Locale.ROOT) + "\n" + firstName + "\n" + lastName).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
