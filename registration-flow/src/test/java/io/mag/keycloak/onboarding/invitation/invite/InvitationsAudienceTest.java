package io.mag.keycloak.onboarding.invitation.invite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;

class InvitationsAudienceTest {

    private static AccessToken token(String issuedFor, String... audience) {
        AccessToken token = new AccessToken();
        token.issuedFor(issuedFor);
        if (audience.length > 0) {
            token.audience(audience);
        }
        return token;
    }

    @Test
    @DisplayName("a token with the mag-invitations audience is accepted, whatever client it was issued to")
    void dedicatedAudience() {
        assertThat(InvitationsAudience.accepts(token("partner-automation", "account", "mag-invitations"))).isTrue();
    }

    @Test
    @DisplayName("a token the account console obtained is accepted")
    void accountConsole() {
        assertThat(InvitationsAudience.accepts(token("account-console", "account"))).isTrue();
    }

    @Test
    @DisplayName("tokens of other clients are refused, even with the account audience")
    void otherClients() {
        assertThat(InvitationsAudience.accepts(token("admin-cli"))).isFalse();
        assertThat(InvitationsAudience.accepts(token("northwind-sourcing", "account"))).isFalse();
        assertThat(InvitationsAudience.accepts(null)).isFalse();
    }
}
