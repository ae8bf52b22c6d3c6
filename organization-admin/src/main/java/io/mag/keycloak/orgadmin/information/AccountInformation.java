package io.mag.keycloak.orgadmin.information;

import java.util.List;

/**
 * What Account Information shows (REST's JSON, the page's model): the User ID and name, each
 * organization with its Organization ID, the user's roles there (per application for the
 * application roles) and its Organization Administrators, and how the current session signed in
 * ({@code password} or {@code otp}) with the expiry of each OTP credential's subscription.
 * Getters for FreeMarker, which does not expose record accessors.
 */
public record AccountInformation(String userId, String name, String email, List<Organization> organizations, Session session) {

    public record Organization(String id, String name, List<String> roles, List<Application> applications, List<Person> administrators) {
        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public List<String> getRoles() {
            return roles;
        }

        public List<Application> getApplications() {
            return applications;
        }

        public List<Person> getAdministrators() {
            return administrators;
        }
    }

    public record Application(String clientId, String name, List<String> roles) {
        public String getClientId() {
            return clientId;
        }

        public String getName() {
            return name;
        }

        public List<String> getRoles() {
            return roles;
        }
    }

    public record Person(String userId, String name, String email) {
        public String getUserId() {
            return userId;
        }

        public String getName() {
            return name;
        }

        public String getEmail() {
            return email;
        }
    }

    /** {@code otpExpiresOn}: each OTP credential's subscription expiry (ISO day, UTC), for an OTP session. */
    public record Session(String credential, List<OtpExpiry> otpExpiries) {
        public String getCredential() {
            return credential;
        }

        public List<OtpExpiry> getOtpExpiries() {
            return otpExpiries;
        }
    }

    public record OtpExpiry(String label, String expiresOn) {
        public String getLabel() {
            return label;
        }

        public String getExpiresOn() {
            return expiresOn;
        }
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public List<Organization> getOrganizations() {
        return organizations;
    }

    public Session getSession() {
        return session;
    }
}
