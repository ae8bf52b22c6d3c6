package io.mag.keycloak.onboarding.invitation.link;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.keycloak.representations.JsonWebToken;

/**
 * The token of a Register Now link: a JWT signed with the realm's internal (HMAC) key, the way
 * Keycloak signs its action tokens ({@code session.tokens().encode}, category INTERNAL). Claims:
 * {@code jti} = the invitation's current link id, {@code iss} and {@code aud} = the realm's issuer
 * URL, {@code typ} = {@value #TYPE}, {@code iat}, {@code exp}, and {@value #INVITATION},
 * {@value #EMAIL}, {@value #ORGANIZATION}: the invitation, the invited contact email and the
 * inviting partner organization it is bound to.
 */
public final class InvitationLinkToken extends JsonWebToken {

    public static final String TYPE = "mag-org-invitation";
    public static final String INVITATION = "mag_inv";
    public static final String EMAIL = "email";
    public static final String ORGANIZATION = "org_id";

    @JsonProperty(INVITATION)
    private String invitationId;

    @JsonProperty(EMAIL)
    private String email;

    @JsonProperty(ORGANIZATION)
    private String organizationId;

    /** For Jackson. */
    public InvitationLinkToken() {
    }

    public InvitationLinkToken(String linkId, String issuer, String invitationId, String email, String organizationId,
                               long issuedAt, long expiresAt) {
        id(linkId);
        issuer(issuer);
        audience(issuer);
        type(TYPE);
        iat(issuedAt);
        exp(expiresAt);
        this.invitationId = invitationId;
        this.email = email;
        this.organizationId = organizationId;
    }

    public String getInvitationId() {
        return invitationId;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganizationId() {
        return organizationId;
    }
}
