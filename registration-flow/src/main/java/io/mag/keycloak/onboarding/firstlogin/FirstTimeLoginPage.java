package io.mag.keycloak.onboarding.firstlogin;

import java.util.List;

/**
 * What mag-first-time-login.ftl shows ({@code magFirstLogin}). Plain getters, not a record:
 * Keycloak's FreeMarker object wrapper does not expose record accessors.
 */
public final class FirstTimeLoginPage {

    private final List<String> otpApplications;
    private final String formNonce;
    private final boolean emailChangeOffered;

    FirstTimeLoginPage(List<String> otpApplications, String formNonce, boolean emailChangeOffered) {
        this.otpApplications = List.copyOf(otpApplications);
        this.formNonce = formNonce;
        this.emailChangeOffered = emailChangeOffered;
    }

    /** Whether the page offers to ask for a new email address (the realm has the Change Requests page on). */
    public boolean isEmailChangeOffered() {
        return emailChangeOffered;
    }

    /** True when OTP setup cannot be declined: an application shared with the organization requires it. */
    public boolean isOtpRequired() {
        return !otpApplications.isEmpty();
    }

    /** Names of the shared applications that require OTP (escaped by the template like all data). */
    public List<String> getOtpApplications() {
        return otpApplications;
    }

    /** Single-use token for the next post. */
    public String getFormNonce() {
        return formNonce;
    }
}
