package io.mag.keycloak.onboarding.invitation.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.mag.keycloak.onboarding.invitation.Invitation;
import io.mag.keycloak.onboarding.invitation.InvitationLinkException.Reason;
import io.mag.keycloak.onboarding.invitation.InvitationStatus;

class InvitationLinkCheckTest {

    private static final String ISSUER = "http://localhost:8080/realms/mag";
    private static final String REALM = "realm-1";
    private static final long NOW = 1_000_000L;
    private static final long DAYS_30 = 30 * 86_400L;

    private static Invitation invitation(InvitationStatus status, String linkId, long expiresAt) {
        return new Invitation("inv-1", REALM, "org-1", "user-1", "Acme", "contact@acme.example", List.of("app"),
                status, NOW - 10, expiresAt, NOW - 10, 1, linkId, null, "fr");
    }

    private static InvitationLinkToken token(String linkId, String email, String org, long exp) {
        return new InvitationLinkToken(linkId, ISSUER, "inv-1", email, org, NOW - 10, exp);
    }

    private static InvitationLinkToken good() {
        return token("link-1", "contact@acme.example", "org-1", NOW + DAYS_30);
    }

    private static Invitation pending() {
        return invitation(InvitationStatus.PENDING, "link-1", NOW + DAYS_30);
    }

    @Test
    @DisplayName("the current link of a pending, unexpired invitation is good")
    void good_link() {
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, pending(), NOW)).isNull();
    }

    @Test
    @DisplayName("a token whose signature did not verify is INVALID")
    void unsigned() {
        assertThat(InvitationLinkCheck.refusal(null, ISSUER, REALM, pending(), NOW)).isEqualTo(Reason.INVALID);
    }

    @Test
    @DisplayName("another realm's issuer, another token type, or missing claims are INVALID")
    void wrong_issuer_type_claims() {
        assertThat(InvitationLinkCheck.refusal(good(), "http://localhost:8080/realms/other", REALM, pending(), NOW)).isEqualTo(Reason.INVALID);
        InvitationLinkToken otherType = good();
        otherType.type("ORGIVT");
        assertThat(InvitationLinkCheck.refusal(otherType, ISSUER, REALM, pending(), NOW)).isEqualTo(Reason.INVALID);
        InvitationLinkToken noExp = good();
        noExp.exp(null);
        assertThat(InvitationLinkCheck.refusal(noExp, ISSUER, REALM, pending(), NOW)).isEqualTo(Reason.INVALID);
        assertThat(InvitationLinkCheck.refusal(new InvitationLinkToken(), ISSUER, REALM, pending(), NOW)).isEqualTo(Reason.INVALID);
    }

    @Test
    @DisplayName("a token bound to another email or organization, or naming no invitation of this realm, is INVALID")
    void binding() {
        assertThat(InvitationLinkCheck.refusal(token("link-1", "other@acme.example", "org-1", NOW + DAYS_30), ISSUER, REALM, pending(), NOW))
                .isEqualTo(Reason.INVALID);
        assertThat(InvitationLinkCheck.refusal(token("link-1", "contact@acme.example", "org-2", NOW + DAYS_30), ISSUER, REALM, pending(), NOW))
                .isEqualTo(Reason.INVALID);
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, null, NOW)).isEqualTo(Reason.INVALID);
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, "realm-2", pending(), NOW)).isEqualTo(Reason.INVALID);
        // Email case does not matter.
        assertThat(InvitationLinkCheck.refusal(token("link-1", "Contact@ACME.example", "org-1", NOW + DAYS_30), ISSUER, REALM, pending(), NOW))
                .isNull();
    }

    @Test
    @DisplayName("a revoked invitation's link is REVOKED, even when expired or replaced")
    void revoked() {
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, invitation(InvitationStatus.REVOKED, "link-1", NOW + DAYS_30), NOW))
                .isEqualTo(Reason.REVOKED);
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, invitation(InvitationStatus.REVOKED, "link-2", NOW - 1), NOW + DAYS_30))
                .isEqualTo(Reason.REVOKED);
    }

    @Test
    @DisplayName("a registered invitation's link, even one replaced by a resend, is USED")
    void used() {
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, invitation(InvitationStatus.REGISTERED, "link-1", NOW + DAYS_30), NOW))
                .isEqualTo(Reason.USED);
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, invitation(InvitationStatus.REGISTERED, "link-2", NOW + DAYS_30), NOW))
                .isEqualTo(Reason.USED);
    }

    @Test
    @DisplayName("a pending invitation's link that a resend replaced is REPLACED, even past its own exp")
    void replaced() {
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, invitation(InvitationStatus.PENDING, "link-2", NOW + DAYS_30), NOW))
                .isEqualTo(Reason.REPLACED);
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, invitation(InvitationStatus.PENDING, "link-2", NOW + DAYS_30 * 2), NOW + DAYS_30))
                .isEqualTo(Reason.REPLACED);
    }

    @Test
    @DisplayName("the current link past its exp, or of an invitation past its expiry, is EXPIRED")
    void expired() {
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, pending(), NOW + DAYS_30)).isEqualTo(Reason.EXPIRED);
        assertThat(InvitationLinkCheck.refusal(token("link-1", "contact@acme.example", "org-1", NOW - 1), ISSUER, REALM, pending(), NOW))
                .isEqualTo(Reason.EXPIRED);
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, invitation(InvitationStatus.PENDING, "link-1", NOW), NOW))
                .isEqualTo(Reason.EXPIRED);
        assertThat(InvitationLinkCheck.refusal(good(), ISSUER, REALM, pending(), NOW + DAYS_30 - 1)).isNull();
    }
}
