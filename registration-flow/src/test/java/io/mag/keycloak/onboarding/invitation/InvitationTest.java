package io.mag.keycloak.onboarding.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static Invitation withStatus(InvitationStatus status) {
        return new Invitation("i", "r", "o", "u", "Acme", "a@x.example", List.of("app"), status, 0, 100, 0, 1, "l", null, null);
    }

    @Test
    @DisplayName("expired is derived: a pending invitation at or after its expiry")
    void expiredIsDerived() {
        Invitation pending = withStatus(InvitationStatus.PENDING);
        assertThat(pending.status(99)).isEqualTo(InvitationStatus.PENDING);
        assertThat(pending.status(100)).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(pending.isOpen(100)).isFalse();
        assertThat(pending.isResendable(100)).isTrue();
        assertThat(pending.isRevocable(100)).isTrue();
        assertThat(withStatus(InvitationStatus.REVOKED).status(200)).isEqualTo(InvitationStatus.REVOKED);
        assertThat(withStatus(InvitationStatus.REGISTERED).status(200)).isEqualTo(InvitationStatus.REGISTERED);
        assertThat(withStatus(InvitationStatus.REGISTERED).isResendable(50)).isFalse();
        assertThat(withStatus(InvitationStatus.REVOKED).isRevocable(50)).isFalse();
    }

    @Test
    @DisplayName("statuses parse from their REST labels")
    void parse() {
        assertThat(InvitationStatus.parse("expired")).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(InvitationStatus.parse(" Pending ")).isEqualTo(InvitationStatus.PENDING);
        assertThat(InvitationStatus.parse("gone")).isNull();
        assertThat(InvitationStatus.REVOKED.label()).isEqualTo("revoked");
    }
}
