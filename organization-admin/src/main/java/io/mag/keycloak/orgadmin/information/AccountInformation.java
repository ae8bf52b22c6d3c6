package io.mag.keycloak.orgadmin.information;

import java.util.List;

/**
 * What Account Information shows (REST's JSON, the page's model): the User ID and name, each
 * organization with its Organization ID, the user's roles there (per application for the
 * application roles) and its Organization Administrators, and how the current session signed in
 * ({@code password} or {@code otp}) with the expiry of each OTP credential's subscription.
 * Templates call the accessors ({@code magAccount.userId()}): FreeMarker's bean wrapper resolves
 * {@code .userId} to the accessor method, not to a value.
 */
public record AccountInformation(String userId, String name, String email, List<Organization> organizations, Session session) {

    public record Organization(String id, String name, List<String> roles, List<Application> applications, List<Person> administrators) {
    }

    public record Application(String clientId, String name, List<String> roles) {
    }

    public record Person(String userId, String name, String email) {
    }

    /** {@code otpExpiresOn}: each OTP credential's subscription expiry (ISO day, UTC), for an OTP session. */
    public record Session(String credential, List<OtpExpiry> otpExpiries) {
    }

    public record OtpExpiry(String label, String expiresOn) {
    }
}
