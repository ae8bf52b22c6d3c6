package io.mag.keycloak.stepup;

/**
 * What the "requirements not met" page says: the subscription expired (renew it), or there is
 * no OTP credential (set one up now, when the realm offers it).
 */
public final class OtpRequirementPage {

    private final boolean expired;
    private final boolean offerSetup;

    OtpRequirementPage(boolean expired, boolean offerSetup) {
        this.expired = expired;
        this.offerSetup = offerSetup;
    }

    public boolean isExpired() {
        return expired;
    }

    public boolean isOfferSetup() {
        return offerSetup;
    }
}
