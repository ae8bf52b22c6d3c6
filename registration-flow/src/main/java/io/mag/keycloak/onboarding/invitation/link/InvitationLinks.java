package io.mag.keycloak.onboarding.invitation.link;

import java.net.URI;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.Urls;

import io.mag.keycloak.onboarding.RegistrationLinks;
import io.mag.keycloak.onboarding.invitation.Invitation;

/** Makes and reads Register Now link tokens with Keycloak's own key machinery ({@code session.tokens()}). */
public final class InvitationLinks {

    private final KeycloakSession session;
    private final RealmModel realm;

    public InvitationLinks(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The realm's issuer URL, e.g. {@code http://localhost:8080/realms/mag}. */
    public String issuer() {
        return Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
    }

    /** The signed token of the invitation's current link, expiring with the invitation. */
    public String token(Invitation invitation, long issuedAt) {
        return session.tokens().encode(new InvitationLinkToken(invitation.linkId(), issuer(), invitation.id(),
                invitation.contactEmail(), invitation.partnerOrganizationId(), issuedAt, invitation.expiresAt()));
    }

    /** The Register Now URL of the invitation's current link. */
    public URI registerNow(Invitation invitation, long issuedAt) {
        return RegistrationLinks.invitation(session, realm, token(invitation, issuedAt));
    }

    /** The token if its signature verifies with one of the realm's keys, else null. */
    public InvitationLinkToken decode(String linkToken) {
        if (linkToken == null || linkToken.isBlank() || linkToken.length() > 8192) {
            return null;
        }
        return session.tokens().decode(linkToken, InvitationLinkToken.class);
    }
}
