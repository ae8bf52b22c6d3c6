package io.mag.keycloak.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.AccessToken;

class ApiBearerTokenTest {

    private static AccessToken token(String issuedFor, String... audience) {
        AccessToken token = new AccessToken();
        token.issuedFor(issuedFor);
        if (audience.length > 0) {
            token.audience(audience);
        }
        return token;
    }

    @Test
    @DisplayName("a token with the API's audience is accepted, whatever client it was issued to")
    void dedicatedAudience() {
        assertThat(ApiBearerToken.INVITATIONS.accepts(token("partner-automation", "account", "mag-invitations"))).isTrue();
        assertThat(ApiBearerToken.ORGANIZATION.accepts(token("some-tool", "mag-organization"))).isTrue();
    }

    @Test
    @DisplayName("a token with another API's audience is refused")
    void otherApisAudience() {
        assertThat(ApiBearerToken.PARTNER.accepts(token("partner-automation", "mag-invitations"))).isFalse();
        assertThat(ApiBearerToken.APPLICATIONS.accepts(token("some-tool", "mag-organization"))).isFalse();
    }

    @Test
    @DisplayName("a token the account console obtained is accepted")
    void accountConsole() {
        assertThat(ApiBearerToken.INVITATIONS.accepts(token("account-console", "account"))).isTrue();
        assertThat(ApiBearerToken.ORGANIZATION.accepts(token("account-console"))).isTrue();
    }

    @Test
    @DisplayName("tokens of other clients are refused, even with the account audience")
    void otherClients() {
        assertThat(ApiBearerToken.INVITATIONS.accepts(token("admin-cli"))).isFalse();
        assertThat(ApiBearerToken.INVITATIONS.accepts(token("northwind-sourcing", "account"))).isFalse();
        assertThat(ApiBearerToken.INVITATIONS.accepts(null)).isFalse();
    }
}
