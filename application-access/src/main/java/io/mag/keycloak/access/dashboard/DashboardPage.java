package io.mag.keycloak.access.dashboard;

/**
 * What the dashboard page ({@code mag-dashboard.ftl}) shows, as the {@value #ATTRIBUTE} template
 * attribute: the {@link Dashboard}, the form nonce of its Request forms and the account console
 * links of the My 2FA Credentials section (Elevate, credential strength, Manage OTP: the
 * console's own pages of those actions, so each works and reads as it does from the menu).
 */
public final class DashboardPage {

    static final String ATTRIBUTE = "magDashboard";
    static final String TEMPLATE = "mag-dashboard.ftl";

    private final Dashboard dashboard;
    private final String formNonce;
    private final String accountUrl;

    DashboardPage(Dashboard dashboard, String formNonce, String accountUrl) {
        this.dashboard = dashboard;
        this.formNonce = formNonce;
        this.accountUrl = accountUrl;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getFormNonce() {
        return formNonce;
    }

    public String getElevateUrl() {
        return accountUrl + "/content/elevate";
    }

    public String getCredentialStrengthUrl() {
        return accountUrl + "/content/credential-strength";
    }

    public String getManageOtpUrl() {
        return accountUrl + "/content/manage-otp";
    }
}
