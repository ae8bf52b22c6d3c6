package io.mag.keycloak.onboarding.captcha;

/**
 * The captcha as the page shows it. Getters, not a record: Keycloak's FreeMarker object wrapper
 * does not expose record accessors.
 */
public final class CaptchaView {

    private final String type;
    private final ProofOfWork.Challenge challenge;
    private final String siteKey;
    private final String scriptUrl;

    private CaptchaView(String type, ProofOfWork.Challenge challenge, String siteKey, String scriptUrl) {
        this.type = type;
        this.challenge = challenge;
        this.siteKey = siteKey;
        this.scriptUrl = scriptUrl;
    }

    static CaptchaView proofOfWork(ProofOfWork.Challenge challenge) {
        return new CaptchaView("pow", challenge, null, null);
    }

    static CaptchaView recaptcha(String siteKey, String scriptUrl) {
        return new CaptchaView("recaptcha", null, siteKey, scriptUrl);
    }

    public String getType() {
        return type;
    }

    public String getSalt() {
        return challenge == null ? null : challenge.salt();
    }

    public String getChallenge() {
        return challenge == null ? null : challenge.challenge();
    }

    public String getSignature() {
        return challenge == null ? null : challenge.signature();
    }

    public String getMaxNumber() {
        return challenge == null ? null : String.valueOf(challenge.maxNumber());
    }

    public String getSiteKey() {
        return siteKey;
    }

    public String getScriptUrl() {
        return scriptUrl;
    }
}
