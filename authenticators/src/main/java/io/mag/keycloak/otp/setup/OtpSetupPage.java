package io.mag.keycloak.otp.setup;

/**
 * What the gated OTP setup's pages show ({@code magOtpSetup}): the User ID an operator issues a
 * license key for (escaped by FreeMarker like all user data). A getter, not a record: Keycloak's
 * FreeMarker object wrapper does not expose record accessors.
 */
public final class OtpSetupPage {

    private final String username;

    OtpSetupPage(String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }
}
