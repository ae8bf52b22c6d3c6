package io.mag.keycloak.it.connections;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.representations.idm.FederatedIdentityRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.UserBuilder;

/**
 * A second realm of the test server acting as a partner's OpenID Connect identity provider of the
 * mag realm, added the way an operator adds one in the admin console: with Keycloak's defaults,
 * that is no post-login flow of ours.
 */
final class PartnerIdentityProvider {

    static final String ALIAS = "partner-idp";
    static final String USERNAME = "pat";
    static final String OTHER_USERNAME = "robin";
    static final String PASSWORD = "Partner-Pass-1234";
    private static final String CLIENT_ID = "mag-broker";
    private static final String CLIENT_SECRET = "mag-broker-secret";

    /** The partner realm: two people and the client the mag realm brokers through. */
    static final class Realm implements RealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder realm) {
            return realm
                    .users(person(USERNAME), person(OTHER_USERNAME))
                    .clients(ClientBuilder.create(CLIENT_ID).secret(CLIENT_SECRET).redirectUris("*"));
        }

        private static UserBuilder person(String username) {
            return UserBuilder.create(username).password(PASSWORD).name("Pat", "Partner")
                    .email(username + "@partner.example").emailVerified(true);
        }
    }

    private PartnerIdentityProvider() {
    }

    /** Adds the identity provider to {@code mag} (removed again after the test). */
    static void addTo(ManagedRealm mag, ManagedRealm partner) {
        String base = partner.getBaseUrl();
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(ALIAS);
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        idp.setConfig(new java.util.HashMap<>(Map.of(
                "clientId", CLIENT_ID,
                "clientSecret", CLIENT_SECRET,
                "clientAuthMethod", "client_secret_post",
                "authorizationUrl", base + "/protocol/openid-connect/auth",
                "tokenUrl", base + "/protocol/openid-connect/token",
                "validateSignature", "true",
                "useJwksUrl", "true",
                "jwksUrl", base + "/protocol/openid-connect/certs",
                "defaultScope", "openid")));
        try (Response response = mag.admin().identityProviders().create(idp)) {
            if (response.getStatus() != 201) {
                throw new AssertionError("identity provider not created: " + response.getStatus());
            }
        }
        mag.cleanup().add(realm -> realm.identityProviders().get(ALIAS).remove());
    }

    /** Links a mag account to a partner person, as a first broker login would have. */
    static void link(ManagedRealm mag, String magUserId, ManagedRealm partner, String partnerUsername) {
        FederatedIdentityRepresentation link = new FederatedIdentityRepresentation();
        link.setIdentityProvider(ALIAS);
        link.setUserId(partner.admin().users().searchByUsername(partnerUsername, true).get(0).getId());
        link.setUserName(partnerUsername);
        try (Response response = mag.admin().users().get(magUserId).addFederatedIdentity(ALIAS, link)) {
            if (response.getStatus() != 204) {
                throw new AssertionError("link not created: " + response.getStatus());
            }
        }
    }
}
