package io.mag.keycloak.otp.manage;

import java.util.List;

/**
 * What mag-manage-otp.ftl shows ({@code magOtp}). Dates are UTC days, {@code yyyy-MM-dd}. Plain
 * getters, not a record: Keycloak's FreeMarker object wrapper does not expose record accessors.
 */
public final class ManageOtpPage {

    private final List<Credential> credentials;
    private final String formNonce;

    ManageOtpPage(List<Credential> credentials, String formNonce) {
        this.credentials = List.copyOf(credentials);
        this.formNonce = formNonce;
    }

    public List<Credential> getCredentials() {
        return credentials;
    }

    public boolean isEmpty() {
        return credentials.isEmpty();
    }

    /** Single-use token for the next post. */
    public String getFormNonce() {
        return formNonce;
    }

    /**
     * One OTP credential. {@code status} is a {@link io.mag.keycloak.otp.SubscriptionStatus} name;
     * {@code renewable}: the Renew form is shown; {@code lapsed}: a new credential is needed.
     */
    public static final class Credential {
        private final String id;
        private final String label;
        private final String activatedOn;
        private final String expiresOn;
        private final String renewalClosesOn;
        private final String status;
        private final boolean renewable;
        private final boolean lapsed;

        Credential(String id, String label, String activatedOn, String expiresOn, String renewalClosesOn,
                   String status, boolean renewable, boolean lapsed) {
            this.id = id;
            this.label = label;
            this.activatedOn = activatedOn;
            this.expiresOn = expiresOn;
            this.renewalClosesOn = renewalClosesOn;
            this.status = status;
            this.renewable = renewable;
            this.lapsed = lapsed;
        }

        public String getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public String getActivatedOn() {
            return activatedOn;
        }

        public String getExpiresOn() {
            return expiresOn;
        }

        public String getRenewalClosesOn() {
            return renewalClosesOn;
        }

        public String getStatus() {
            return status;
        }

        public boolean isRenewable() {
            return renewable;
        }

        public boolean isLapsed() {
            return lapsed;
        }
    }
}
