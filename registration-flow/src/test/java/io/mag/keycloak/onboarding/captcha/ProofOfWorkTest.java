package io.mag.keycloak.onboarding.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private final ProofOfWork pow = new ProofOfWork("server-held-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    @Test
    void aSolvedChallengeVerifies() {
        ProofOfWork.Challenge challenge = pow.issue(500, 2_000);
        long n = ProofOfWork.solve(challenge.salt(), challenge.challenge(), challenge.maxNumber());
        assertThat(n).isBetween(0L, 500L);
        assertThat(pow.verify(challenge.salt(), challenge.challenge(), challenge.signature(), String.valueOf(n), 1_000))
                .isEqualTo(ProofOfWork.Verdict.VALID);
    }

    @Test
    void wrongNumberForgedSignatureOtherKeyAndExpiryAreRefused() {
        ProofOfWork.Challenge c = pow.issue(200, 2_000);
        long n = ProofOfWork.solve(c.salt(), c.challenge(), c.maxNumber());
        assertThat(pow.verify(c.salt(), c.challenge(), c.signature(), String.valueOf(n + 1), 1_000)).isEqualTo(ProofOfWork.Verdict.INVALID);
        assertThat(pow.verify(c.salt(), c.challenge(), "0".repeat(64), String.valueOf(n), 1_000)).isEqualTo(ProofOfWork.Verdict.INVALID);
        assertThat(new ProofOfWork("another-key".getBytes(StandardCharsets.UTF_8))
                .verify(c.salt(), c.challenge(), c.signature(), String.valueOf(n), 1_000)).isEqualTo(ProofOfWork.Verdict.INVALID);
        assertThat(pow.verify(c.salt(), c.challenge(), c.signature(), String.valueOf(n), 2_001)).isEqualTo(ProofOfWork.Verdict.EXPIRED);
        // A client may not move the expiry: the salt is part of the signed challenge.
        String later = c.salt().replace("?expires=2000", "?expires=9999");
        assertThat(pow.verify(later, c.challenge(), c.signature(), String.valueOf(n), 3_000)).isEqualTo(ProofOfWork.Verdict.INVALID);
        assertThat(pow.verify(c.salt(), c.challenge(), c.signature(), "not-a-number", 1_000)).isEqualTo(ProofOfWork.Verdict.INVALID);
        assertThat(pow.verify(null, c.challenge(), c.signature(), "1", 1_000)).isEqualTo(ProofOfWork.Verdict.INVALID);
    }

    @Test
    void recaptchaAcceptsOnlyAnExplicitSuccess() {
        assertThat(RecaptchaVerifier.success(Map.of("success", true))).isTrue();
        assertThat(RecaptchaVerifier.success(Map.of("success", false, "error-codes", "invalid-input-response"))).isFalse();
        assertThat(RecaptchaVerifier.success(Map.of("success", "true"))).isFalse();
        assertThat(RecaptchaVerifier.success(null)).isFalse();
    }
}
