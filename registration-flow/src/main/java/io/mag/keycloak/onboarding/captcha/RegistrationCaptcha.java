package io.mag.keycloak.onboarding.captcha;

import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.common.util.Time;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

import io.mag.keycloak.onboarding.wizard.RegistrationConfig;

/**
 * The wizard's captcha: the self-hosted proof of work by default, Google reCAPTCHA when the realm
 * attribute {@value RegistrationConfig#CAPTCHA} says {@code recaptcha}. Always verified here, on
 * the server; a solved proof-of-work challenge is accepted once (SingleUseObjectProvider, so
 * across a cluster too).
 */
public final class RegistrationCaptcha {

    public static final String SALT = "captchaSalt";
    public static final String CHALLENGE = "captchaChallenge";
    public static final String SIGNATURE = "captchaSignature";
    public static final String NUMBER = "captchaNumber";
    public static final String RECAPTCHA_RESPONSE = "g-recaptcha-response";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final RegistrationConfig config;

    public RegistrationCaptcha(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.config = new RegistrationConfig(realm);
    }

    public enum Outcome { VALID, MISSING, INVALID, EXPIRED }

    /** What the captcha page shows (template attribute {@code magCaptcha}). */
    public CaptchaView view() {
        if (RegistrationConfig.CAPTCHA_RECAPTCHA.equals(config.captcha())) {
            String language = session.getContext().resolveLocale(null).toLanguageTag();
            return CaptchaView.recaptcha(config.recaptchaSiteKey(),
                    "https://www." + config.recaptchaDomain() + "/recaptcha/api.js?hl=" + language.toLowerCase(Locale.ROOT));
        }
        ProofOfWork.Challenge challenge = proofOfWork().issue(config.powMaxNumber(), Time.currentTime() + config.captchaValiditySeconds());
        return CaptchaView.proofOfWork(challenge);
    }

    public Outcome verify(MultivaluedMap<String, String> form, String remoteAddr) {
        if (RegistrationConfig.CAPTCHA_RECAPTCHA.equals(config.captcha())) {
            String response = form.getFirst(RECAPTCHA_RESPONSE);
            if (response == null || response.isBlank()) {
                return Outcome.MISSING;
            }
            return RecaptchaVerifier.verify(session, config.recaptchaDomain(), config.recaptchaSecret(), response, remoteAddr)
                    ? Outcome.VALID : Outcome.INVALID;
        }
        String number = form.getFirst(NUMBER);
        if (number == null || number.isBlank()) {
            return Outcome.MISSING;
        }
        String challenge = form.getFirst(CHALLENGE);
        ProofOfWork.Verdict verdict = proofOfWork().verify(form.getFirst(SALT), challenge, form.getFirst(SIGNATURE), number, Time.currentTime());
        if (verdict == ProofOfWork.Verdict.EXPIRED) {
            return Outcome.EXPIRED;
        }
        if (verdict != ProofOfWork.Verdict.VALID) {
            return Outcome.INVALID;
        }
        // Single use: a solved challenge replayed (here or on another node) is refused.
        boolean first = session.getProvider(SingleUseObjectProvider.class)
                .putIfAbsent("mag-captcha:" + realm.getId() + ":" + challenge, config.captchaValiditySeconds() + 60L);
        return first ? Outcome.VALID : Outcome.INVALID;
    }

    private ProofOfWork proofOfWork() {
        KeyWrapper key = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
        return new ProofOfWork(key.getSecretKey().getEncoded());
    }
}
